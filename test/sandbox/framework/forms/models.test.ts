import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { forms, models, setup, SimpleUploadedFile } from "../../../../sandbox/framework";

const SQL = await initSqlJs();

function library() {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 20, unique: true }) };
    declare name: string;
    declare static objects: models.Manager<Author>;
    override toString() {
      return this.name;
    }
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 10, verbose_name: "book title" }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
      genre: models.CharField({ max_length: 1, choices: [["f", "Fiction"], ["n", "Non-fiction"]], blank: true }),
      pages: models.IntegerField({ default: 100 }),
      notes: models.TextField({ blank: true }),
    };
    static Meta = { unique_together: [["title", "author"]] };
    declare title: string;
    declare author: Author;
    declare pages: number;
    declare static objects: models.Manager<Book>;
  }
  const project = setup({
    modules: { settings: { INSTALLED_APPS: ["books"], ROOT_URLCONF: "urls" }, urls: { urlpatterns: [] }, "books.models": { Author, Book } },
    database: new SQL.Database(),
  });
  const author = Author.objects.create({ name: "Le Guin" });
  class BookForm extends forms.ModelForm {
    static override Meta = { model: Book as models.ModelClass, fields: "__all__" as const, labels: { notes: "Remarks" } };
  }
  return { project, Author, Book, author, BookForm };
}

describe("ModelForm", () => {
  it("derives fields from the model: max_length, required from blank, choices, FK as ModelChoiceField, labels", () => {
    const { BookForm } = library();
    const form = new BookForm();
    expect(Object.keys(form.fields)).toEqual(["title", "author", "genre", "pages", "notes"]);
    expect(form.get("title").toString()).toBe('<input type="text" name="title" maxlength="10" required id="id_title">');
    expect(form.get("title").label).toBe("Book title");
    expect(form.get("genre").toString()).toBe('<select name="genre" id="id_genre">\n  <option value="" selected>---------</option>\n\n  <option value="f">Fiction</option>\n\n  <option value="n">Non-fiction</option>\n\n</select>');
    expect(form.get("pages").toString()).toBe('<input type="number" name="pages" value="100" required id="id_pages">');
    expect(form.get("notes").label_tag().toString()).toBe('<label for="id_notes">Remarks:</label>');
  });

  it("saves a new instance, or not yet with commit: false", () => {
    const { Book, BookForm } = library();
    const form = new BookForm({ data: { title: "Dune", author: "1", genre: "f", pages: "412" } });
    expect(form.is_valid()).toBe(true);
    const book = form.save({ commit: false }) as InstanceType<typeof Book>;
    expect([book.pk, book.title, book.author.name, book.pages]).toEqual([null, "Dune", "Le Guin", 412]);
    book.save();
    expect(Book.objects.count()).toBe(1);
  });

  it("checks unique and unique_together with Django's messages; refuses to save invalid data", () => {
    const { Author, Book, BookForm, author } = library();
    Book.objects.create({ title: "Dune", author });
    const form = new BookForm({ data: { title: "Dune", author: String(author.pk), pages: "1" } });
    expect(form.errors.get_json_data()).toEqual({ __all__: [{ message: "Book with this Book title and Author already exists.", code: "unique_together" }] });
    expect(() => form.save()).toThrow("The Book could not be created because the data didn't validate.");
    class AuthorForm extends forms.ModelForm {
      static override Meta = { model: Author as models.ModelClass, fields: ["name"] };
    }
    expect(new AuthorForm({ data: { name: "Le Guin" } }).errors.as_data()).toEqual({ name: ["Author with this Name already exists."] });
    expect(new AuthorForm({ data: { name: "Le Guin" }, instance: author }).is_valid()).toBe(true);
  });

  it("raises Django's errors for a bad Meta", () => {
    const { Book } = library();
    const bad = forms.modelform_factory(Book as models.ModelClass, { fields: ["title", "nope"] });
    expect(() => new bad()).toThrow("Unknown field(s) (nope) specified for Book");
    expect(() => forms.modelform_factory(Book as models.ModelClass)).toThrow("Calling modelform_factory without defining 'fields' or 'exclude' explicitly is prohibited.");
  });
});

describe("formsets", () => {
  class ItemForm extends forms.Form {
    static override fields = { name: new forms.CharField({ max_length: 5 }) };
  }
  const ItemFormSet = forms.formset_factory(ItemForm, { extra: 2, can_delete: true, validate_max: true, max_num: 2 });

  it("renders a management form and skips untouched extra forms", () => {
    const formset = new ItemFormSet();
    expect(formset.management_form.toString()).toBe('<input type="hidden" name="form-TOTAL_FORMS" value="2" id="id_form-TOTAL_FORMS"><input type="hidden" name="form-INITIAL_FORMS" value="0" id="id_form-INITIAL_FORMS"><input type="hidden" name="form-MIN_NUM_FORMS" value="0" id="id_form-MIN_NUM_FORMS"><input type="hidden" name="form-MAX_NUM_FORMS" value="2" id="id_form-MAX_NUM_FORMS">');
    const bound = new ItemFormSet({ data: { "form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "0", "form-0-name": "pen" } });
    expect(bound.is_valid()).toBe(true);
    expect(bound.cleaned_data).toEqual([{ name: "pen", DELETE: false }, {}]);
  });

  it("reports a missing management form and too many forms as Django 3.2", () => {
    expect([...new ItemFormSet({ data: {} }).non_form_errors()]).toEqual(["ManagementForm data is missing or has been tampered with. Missing fields: form-TOTAL_FORMS, form-INITIAL_FORMS. You may need to file a bug report if the issue persists."]);
    const many = new ItemFormSet({ data: { "form-TOTAL_FORMS": "3", "form-INITIAL_FORMS": "0", "form-0-name": "a", "form-1-name": "b", "form-2-name": "c" } });
    expect([...many.non_form_errors()]).toEqual(["Please submit at most 2 forms."]);
  });

  it("edits, adds and deletes objects with model and inline formsets", () => {
    const { Author, Book, author } = library();
    Book.objects.create({ title: "Dune", author });
    const BookFormSet = forms.inlineformset_factory(Author as models.ModelClass, Book as models.ModelClass, { fields: ["title"], extra: 1, can_delete: true });
    const unbound = new BookFormSet({ instance: author });
    expect(unbound.prefix).toBe("books");
    expect(unbound.forms).toHaveLength(2);
    const formset = new BookFormSet({
      instance: author,
      data: { "books-TOTAL_FORMS": "2", "books-INITIAL_FORMS": "1", "books-0-id": "1", "books-0-title": "Dune", "books-0-DELETE": "on", "books-1-title": "Lathe" },
    });
    expect(formset.is_valid()).toBe(true);
    formset.save();
    expect(Book.objects.values_list("title", { flat: true }).toArray()).toEqual(["Lathe"]);
    const AuthorFormSet = forms.modelformset_factory(Author as models.ModelClass, { fields: ["name"], extra: 0 });
    expect(new AuthorFormSet().forms.map((f) => f.get("name").value())).toEqual(["Le Guin"]);
  });
});

/** A model with a required FileField and an optional one, as Django's Doc in the uploads docs. */
function documents() {
  class Doc extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 10 }),
      file: models.FileField({ upload_to: "docs/" }),
      other: models.FileField({ upload_to: "docs/", blank: true }),
    };
    declare title: string;
    declare file: models.FieldFile;
    declare static objects: models.Manager<Doc>;
  }
  setup({
    modules: { settings: { INSTALLED_APPS: ["docs"], ROOT_URLCONF: "urls" }, urls: { urlpatterns: [] }, "docs.models": { Doc } },
    database: new SQL.Database(),
  });
  class DocForm extends forms.ModelForm {
    static override Meta = { model: Doc as models.ModelClass, fields: ["title", "file", "other"] };
  }
  return { Doc, DocForm };
}

describe("ModelForm with a FileField, as Django", () => {
  it("requires a file for a new instance: its empty FieldFile is no file", () => {
    const { DocForm } = documents();
    const form = new DocForm({ data: { title: "a" }, files: {} });
    expect(form.is_valid()).toBe(false);
    expect(form.errors.get_json_data()).toEqual({ file: [{ message: "This field is required.", code: "required" }] });
    expect(form.get("file").toString()).toBe('<input type="file" name="file" required id="id_file">');
    expect(form.get("other").toString()).toBe('<input type="file" name="other" id="id_other">');
  });

  it("keeps the stored file of an edited instance when none is sent, and drops `required`", () => {
    const { Doc, DocForm } = documents();
    const doc = new Doc({ title: "x", file: "docs/a.txt" });
    const form = new DocForm({ data: { title: "a" }, files: {}, instance: doc });
    expect(form.is_valid()).toBe(true);
    expect((form.cleaned_data["file"] as models.FieldFile).name).toBe("docs/a.txt");
    expect(form.get("file").toString()).not.toContain("required");
  });

  it("shows the stored file as Django's ClearableFileInput: Currently, Clear for an optional field, Change", () => {
    const { Doc, DocForm } = documents();
    const form = new DocForm({ instance: new Doc({ title: "x", file: "docs/a.txt", other: "docs/b.txt" }) });
    expect(form.get("file").toString()).toBe('Currently: <a href="/media/docs/a.txt">docs/a.txt</a><br>\nChange:\n<input type="file" name="file" id="id_file">');
    expect(form.get("other").toString()).toBe([
      'Currently: <a href="/media/docs/b.txt">docs/b.txt</a>',
      '<input type="checkbox" name="other-clear" id="other-clear_id">',
      '<label for="other-clear_id">Clear</label><br>',
      "Change:",
      '<input type="file" name="other" id="id_other">',
    ].join("\n"));
  });

  it("clears an optional file when Clear is checked, and refuses a file sent with Clear checked", () => {
    const { Doc, DocForm } = documents();
    const doc = Doc.objects.create({ title: "x", file: "docs/a.txt", other: "docs/b.txt" });
    const cleared = new DocForm({ data: { title: "x", "other-clear": "on" }, files: {}, instance: doc });
    expect(cleared.is_valid()).toBe(true);
    expect(cleared.cleaned_data["other"]).toBe(false);
    cleared.save();
    const stored = Doc.objects.get({ pk: doc.pk });
    expect([stored.file.name, (stored as unknown as { other: models.FieldFile }).other.name]).toEqual(["docs/a.txt", ""]);
    const both = new DocForm({ data: { title: "x", "other-clear": "on" }, files: { other: new SimpleUploadedFile("c.txt", "x") }, instance: doc });
    expect(both.errors.get_json_data()).toEqual({ other: [{ message: "Please either submit a file or check the clear checkbox, not both.", code: "contradiction" }] });
  });
});

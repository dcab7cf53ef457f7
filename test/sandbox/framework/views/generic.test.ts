import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { Client, generic, models, path, setup } from "../../../../sandbox/framework";

const SQL = await initSqlJs();

/** A small bookstore project whose views are all class-based. */
function bookstore() {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 50, unique: true }) };
    declare name: string;
    declare static objects: models.Manager<Author>;
    override toString() {
      return this.name;
    }
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 20 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
    };
    static Meta = { ordering: ["title"] };
    declare title: string;
    declare static objects: models.Manager<Book>;
  }
  class BookList extends generic.ListView {
    static override model = Book;
    static override paginate_by = 2;
  }
  class BookDetail extends generic.DetailView {
    static override model = Book;
  }
  class BookCreate extends generic.CreateView {
    static override model = Book;
    static override fields = ["title", "author"];
    static override success_url = "/books/{id}/";
  }
  class BookUpdate extends generic.UpdateView {
    static override model = Book;
    static override fields = ["title"];
    static override success_url = "/books/";
  }
  class BookDelete extends generic.DeleteView {
    static override model = Book;
    static override success_url = "/books/";
  }
  const project = setup({
    modules: {
      settings: { DEBUG: true, INSTALLED_APPS: ["books"], ROOT_URLCONF: "urls", MIDDLEWARE: [] },
      urls: {
        urlpatterns: [
          path("books/", BookList.as_view()),
          path("books/new/", BookCreate.as_view()),
          path("books/<int:pk>/", BookDetail.as_view()),
          path("books/<int:pk>/edit/", BookUpdate.as_view()),
          path("books/<int:pk>/delete/", BookDelete.as_view()),
          path("about/", generic.TemplateView.as_view({ template_name: "about.html" })),
          path("old/<int:pk>/", generic.RedirectView.as_view({ url: "/books/%(pk)s/" })),
          path("gone/", generic.RedirectView.as_view()),
        ],
      },
      "books.models": { Author, Book },
    },
    templates: {
      "books/book_list.html": "{% for b in book_list %}[{{ b.title }}]{% endfor %} {{ page_obj.number }}/{{ paginator.num_pages }} {{ is_paginated }} {{ page_obj.has_next }}",
      "books/book_detail.html": "{{ book.title }} by {{ object.author.name }}",
      "books/book_form.html": "{{ form.as_p }}",
      "books/book_confirm_delete.html": "Delete {{ book.title }}?",
      "about.html": "About {{ view.request.path }}",
    },
    database: new SQL.Database(),
  });
  const le = Author.objects.create({ name: "Le Guin" });
  for (const title of ["Earthsea", "Dune", "Lathe", "Beyond"]) Book.objects.create({ title, author: le });
  return { project, client: new Client(project), Book, Author };
}

describe("ListView", () => {
  it("pages with one COUNT and one SELECT, naming book_list, page_obj and paginator", () => {
    const { project, client } = bookstore();
    project.tracer.reset();
    const response = client.get("/books/", { page: "2" });
    expect(response.content).toBe("[Earthsea][Lathe] 2/2 True False");
    const queries = project.tracer.reset();
    expect(queries.map((q) => q.sql.split(" ").slice(0, 2).join(" "))).toEqual(["SELECT COUNT(*)", expect.stringMatching(/^SELECT /)]);
    expect(queries[1]?.sql).toMatch(/LIMIT 2 OFFSET 2/);
    expect(response.context?.["object_list"]).toBe(response.context?.["book_list"]);
  });

  it("reads page=last, and answers 404 with Django's messages for bad pages", () => {
    const { client } = bookstore();
    expect(client.get("/books/", { page: "last" }).content).toContain("2/2");
    const bad = client.get("/books/", { page: "x" });
    expect(bad.status_code).toBe(404);
    expect(bad.content).toContain("Page is not “last”, nor can it be converted to an int.");
    expect(client.get("/books/", { page: "9" }).content).toContain("Invalid page (9): That page contains no results");
  });
});

describe("DetailView, CreateView, UpdateView, DeleteView", () => {
  it("shows an object by pk, 404 with Django's message when missing", () => {
    const { client } = bookstore();
    expect(client.get("/books/2/").content).toBe("Dune by Le Guin");
    const missing = client.get("/books/99/");
    expect(missing.status_code).toBe(404);
    expect(missing.content).toContain("No book found matching the query");
  });

  it("creates from POST and redirects to success_url filled with the new id; errors re-render the form", () => {
    const { client, Book } = bookstore();
    const form = client.get("/books/new/").content;
    expect(form).toContain('<select name="author" required id="id_author">\n  <option value="" selected>---------</option>\n\n  <option value="1">Le Guin</option>\n\n</select>');
    const created = client.post("/books/new/", { title: "Tehanu", author: "1" });
    expect(created.status_code).toBe(302);
    expect(created.headers.get("Location")).toBe("/books/5/");
    expect(Book.objects.get({ pk: 5 }).title).toBe("Tehanu");
    const invalid = client.post("/books/new/", { title: "", author: "7" });
    expect(invalid.status_code).toBe(200);
    expect(invalid.content).toContain("<ul class=\"errorlist\"><li>This field is required.</li></ul>");
    expect(invalid.content).toContain("Select a valid choice. That choice is not one of the available choices.");
  });

  it("updates and deletes, redirecting to success_url", () => {
    const { client, Book } = bookstore();
    expect(client.get("/books/2/edit/").content).toContain('value="Dune"');
    expect(client.post("/books/2/edit/", { title: "Dune Messiah" }).headers.get("Location")).toBe("/books/");
    expect(Book.objects.get({ pk: 2 }).title).toBe("Dune Messiah");
    expect(client.get("/books/2/delete/").content).toBe("Delete Dune Messiah?");
    expect(client.post("/books/2/delete/").status_code).toBe(302);
    expect(Book.objects.filter({ pk: 2 }).exists()).toBe(false);
  });
});

describe("View, TemplateView, RedirectView", () => {
  it("answers 405 with Allow for a method the view lacks, and OPTIONS with the list", () => {
    const { client } = bookstore();
    const response = client.post("/books/2/");
    expect(response.status_code).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("renders a template with the view in the context, redirects with URL kwargs, 410 without a URL", () => {
    const { client } = bookstore();
    expect(client.get("/about/").content).toBe("About /about/");
    expect(client.get("/old/3/").headers.get("Location")).toBe("/books/3/");
    expect(client.get("/gone/").status_code).toBe(410);
  });

  it("refuses initkwargs that are not attributes of the class, as Django does", () => {
    expect(() => generic.TemplateView.as_view({ bogus: 1 })).toThrow("TemplateView() received an invalid keyword 'bogus'. as_view only accepts arguments that are already attributes of the class.");
    expect(() => generic.View.as_view({ get: 1 })).toThrow("The method name get is not accepted as a keyword argument to View().");
  });
});

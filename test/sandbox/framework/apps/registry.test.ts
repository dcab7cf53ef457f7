import { describe, expect, it } from "vitest";
import { ImproperlyConfigured, LookupError, models } from "../../../../sandbox/framework";
import { Author, Book, project } from "../db/setup";

describe("Apps", () => {
  it("registers exported models with Django's _meta and resolves string relations", () => {
    const { apps } = project();
    expect(apps.get_model("books.Book")).toBe(Book);
    expect(apps.get_model("books.book")).toBe(Book);
    expect(apps.get_models()).toEqual([Author, Book]);
    expect(Book._meta.db_table).toBe("books_book");
    expect(Book._meta.model_name).toBe("book");
    expect(Book._meta.ordering).toEqual(["title"]);
    expect(Book._meta.fields.map((f) => f.name)).toEqual(["id", "title", "author", "editor", "published", "done"]);
    expect(Author._meta.related_objects.map((r) => r.accessor_name)).toEqual(["books", "edited"]);
  });

  it("lists known models when a label is unknown", () => {
    const { apps } = project();
    expect(() => apps.get_model("books.Nope")).toThrow(LookupError);
    expect(() => apps.get_model("books.Nope")).toThrow("Known models: books.Author, books.Book.");
  });

  it("explains a relation to a model that is not installed", () => {
    class Orphan extends models.Model {
      static fields = { parent: models.ForeignKey("Missing", { on_delete: models.CASCADE }) };
    }
    const { apps } = project();
    expect(() => apps.populate(["zoo"], { "zoo.models": { Orphan } })).toThrow(ImproperlyConfigured);
    expect(() => apps.populate(["zoo"], { "zoo.models": { Orphan } })).toThrow("relation with model 'Missing'");
  });

  it("supports self relations, default <model>_set accessors and choices display", () => {
    class Node extends models.Model {
      static fields = {
        parent: models.ForeignKey("self", { on_delete: models.CASCADE, null: true }),
        kind: models.CharField({ max_length: 1, choices: [["a", "Alpha"], ["b", "Beta"]] }),
      };
      declare parent: Node | null;
      declare kind: string;
      declare node_set: models.Manager<Node>;
      declare get_kind_display: () => string;
      declare static objects: models.Manager<Node>;
    }
    const { apps } = project();
    apps.populate(["tree"], { "tree.models": { Node } });
    apps.connection.execute('CREATE TABLE "tree_node" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "parent_id" integer NULL, "kind" varchar(1) NOT NULL)');
    const root = Node.objects.create({ kind: "a" });
    Node.objects.create({ parent: root, kind: "b" });
    expect(root.node_set.get().get_kind_display()).toBe("Beta");
    expect(root.get_kind_display()).toBe("Alpha");
  });
});

describe("Meta inherited from an abstract model", () => {
  /** A fresh abstract base per test: registering a model binds its class. */
  function base() {
    return class Stamped extends models.Model {
      static fields: Record<string, models.Field> = { created: models.IntegerField({ default: 0 }) };
      static Meta: models.MetaOptions = { abstract: true, ordering: ["-created"] };
    };
  }

  it("makes a subclass that declares no Meta concrete, with the base's options (Django: abstract is reset on the base's Meta)", () => {
    const Stamped = base();
    class Note extends Stamped {
      static override fields = { text: models.CharField({ max_length: 20 }) };
    }
    const { apps } = project();
    apps.populate(["notes"], { "notes.models": { Stamped, Note } });
    expect(apps.get_models().map((m) => m._meta.label)).toContain("notes.Note");
    expect(apps.get_models().map((m) => m._meta.label)).not.toContain("notes.Stamped");
    expect(Note._meta.ordering).toEqual(["-created"]);
    expect(Note._meta.fields.map((f) => f.name)).toEqual(["id", "created", "text"]);
  });

  it("makes `{ ...Base.Meta, abstract: false, ... }` concrete with the base's options and its own (Django: class Meta(Base.Meta))", () => {
    const Stamped = base();
    class Note extends Stamped {
      static override Meta: models.MetaOptions = { ...Stamped.Meta, abstract: false, verbose_name: "jotting" };
    }
    const { apps } = project();
    apps.populate(["notes"], { "notes.models": { Stamped, Note } });
    expect(Note._meta.ordering).toEqual(["-created"]);
    expect(Note._meta.verbose_name).toBe("jotting");
  });

  it("refuses `{ ...Base.Meta, ... }` that copied abstract: true onto a model nothing extends, saying what to write", () => {
    const Stamped = base();
    class Note extends Stamped {
      static override Meta: models.MetaOptions = { ...Stamped.Meta, verbose_name: "jotting" };
    }
    const { apps } = project();
    const populate = () => apps.populate(["notes"], { "notes.models": { Stamped, Note } });
    expect(populate).toThrow(ImproperlyConfigured);
    expect(populate).toThrow("notes.Note: its static Meta says abstract: true, as the Meta of its abstract base Stamped does, and no model extends it");
    expect(populate).toThrow("static Meta = { ...Stamped.Meta, abstract: false, ... }");
  });

  it("keeps an abstract model between abstract bases and models abstract when a model extends it", () => {
    const Stamped = base();
    class Titled extends Stamped {
      static override fields: Record<string, models.Field> = { title: models.CharField({ max_length: 20 }) };
      static override Meta: models.MetaOptions = { ...Stamped.Meta, abstract: true };
    }
    class Note extends Titled {
      static override fields = { text: models.CharField({ max_length: 20 }) };
    }
    const { apps } = project();
    apps.populate(["notes"], { "notes.models": { Stamped, Titled, Note } });
    expect(apps.get_models().map((m) => m._meta.label).filter((l) => l.startsWith("notes."))).toEqual(["notes.Note"]);
    expect(Note._meta.fields.map((f) => f.name)).toEqual(["id", "created", "title", "text"]);
    expect(Note._meta.ordering).toEqual(["-created"]);
  });

  it("takes abstract: true as written when the Meta is not a copy of the base's (it lacks one of its options)", () => {
    const Stamped = base();
    class Titled extends Stamped {
      static override Meta: models.MetaOptions = { abstract: true };
    }
    const { apps } = project();
    apps.populate(["notes"], { "notes.models": { Stamped, Titled } });
    expect(apps.get_models().map((m) => m._meta.label).filter((l) => l.startsWith("notes."))).toEqual([]);
  });
});

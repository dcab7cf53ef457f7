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

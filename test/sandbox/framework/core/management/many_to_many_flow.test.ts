import { describe, expect, it } from "vitest";
import { call_command, models } from "../../../../../sandbox/framework";
import { project_with, SQLDatabase, tables } from "./harness";

const NOW = new Date(2024, 0, 5, 10, 30);

/** Books with authors, and optionally with shelves through an explicit Placement model. */
function books({ placements = false }: { placements?: boolean } = {}) {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 50 }) };
  }
  class Shelf extends models.Model {
    static fields = { label: models.CharField({ max_length: 20 }) };
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      authors: models.ManyToManyField(Author, { related_name: "books" }),
      ...(placements ? { shelves: models.ManyToManyField(Shelf, { through: "Placement" }) } : {}),
    };
  }
  class Placement extends models.Model {
    static fields = {
      book: models.ForeignKey(Book, { on_delete: models.CASCADE }),
      shelf: models.ForeignKey(Shelf, { on_delete: models.CASCADE }),
    };
  }
  return placements ? { Author, Shelf, Book, Placement } : { Author, Shelf, Book };
}

/** Writes the next migration of `shape` into `files` and returns its text. */
function make(shape: Parameters<typeof books>[0], files: Record<string, string>): string {
  const file = call_command(project_with(books(shape), files), "makemigrations", [], { now: NOW }).files![0]!;
  files[file.path] = file.content;
  return file.content;
}

describe("migrations track many-to-many fields", () => {
  it("lists the field in its model's CreateModel and migrate creates the automatic through table the ORM uses", () => {
    const files: Record<string, string> = {};
    expect(make({}, files)).toContain('["authors", models.ManyToManyField("books.author", { related_name: "books" })]');
    const project = project_with(books(), files, new SQLDatabase());
    call_command(project, "migrate");
    expect(tables(project)).toContain("books_book_authors");
    const book = project.apps.get_model("books.Book").objects.create({ title: "Dune" });
    const author = project.apps.get_model("books.Author").objects.create({ name: "Herbert" });
    (book as unknown as { authors: { add(...authors: unknown[]): void } }).authors.add(author);
    expect(project.connection.execute('SELECT "book_id", "author_id" FROM "books_book_authors"').rows).toEqual([[1, 1]]);
    expect(call_command(project, "makemigrations").output).toBe("No changes detected");
  });

  it("creates an explicit through model on its own, adds the field after it, and removes both in Django's order", () => {
    const files: Record<string, string> = {};
    make({}, files);
    const added = make({ placements: true }, files);
    expect([...added.matchAll(/migrations\.(\w+)\(/g)].map((m) => m[1])).toEqual(["CreateModel", "AddField"]);
    expect(added).toContain('models.ManyToManyField("books.shelf", { through: "books.placement" })');
    const database = new SQLDatabase();
    const project = project_with(books({ placements: true }), files, database);
    call_command(project, "migrate");
    expect(tables(project)).toEqual(expect.arrayContaining(["books_book_authors", "books_placement"]));
    expect(tables(project)).not.toContain("books_book_shelves");

    const removed = make({}, files);
    expect([...removed.matchAll(/migrations\.(\w+)\(/g)].map((m) => m[1])).toEqual(["RemoveField", "DeleteModel"]);
    const back = project_with(books(), files, database);
    call_command(back, "migrate");
    expect(tables(back)).not.toContain("books_placement");
    call_command(back, "migrate", ["books", "zero"]);
    expect(tables(back).filter((t) => t.startsWith("books_"))).toEqual([]);
  });
});

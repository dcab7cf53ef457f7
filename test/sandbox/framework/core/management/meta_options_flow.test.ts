import { describe, expect, it } from "vitest";
import { call_command, CommandError, models } from "../../../../../sandbox/framework";
import { project_with, SQLDatabase } from "./harness";

const NOW = new Date(2024, 0, 5, 10, 30);

interface Shape {
  pages_null?: boolean;
  meta?: boolean;
}

function books({ pages_null = true, meta = false }: Shape) {
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      pages: models.IntegerField(pages_null ? { null: true } : {}),
    };
    static Meta = meta ? {
      indexes: [models.Index({ fields: ["-pages"], name: "book_pages_idx", condition: models.Q({ pages__gt: 0 }) })],
      constraints: [models.CheckConstraint({ check: models.Q({ pages__gte: 1 }).or(models.Q({ title: "" }).not()), name: "pages_or_title" })],
      unique_together: [["title", "pages"]],
      db_table: "library_book",
    } : {};
  }
  return { Book };
}

/** A migrated project at `shape`, with one book whose pages are NULL when they may be. */
function migrated(shape: Shape) {
  const files: Record<string, string> = {};
  const first = call_command(project_with(books(shape)), "makemigrations", [], { now: NOW }).files![0]!;
  files[first.path] = first.content;
  const database = new SQLDatabase();
  const project = project_with(books(shape), files, database);
  call_command(project, "migrate");
  project.connection.execute(`INSERT INTO "books_book" ("title", "pages") VALUES ('Dune', ${shape.pages_null === false ? 412 : "NULL"})`);
  return { files, database };
}

describe("makemigrations asks before making a nullable field not null", () => {
  it("asks, then writes AlterField with the one-off default that fills the NULL rows", () => {
    const { files, database } = migrated({});
    const asked = call_command(project_with(books({ pages_null: false }), files), "makemigrations", [], { now: NOW });
    expect(asked.questions?.map((q) => [q.id, q.kind])).toEqual([["not_null_alteration:books.book.pages", "value"]]);
    expect(asked.output).toContain("You are trying to change the nullable field 'pages' on book to non-nullable without a default");

    const made = call_command(project_with(books({ pages_null: false }), files), "makemigrations", [], {
      now: NOW, answers: { "not_null_alteration:books.book.pages": "0" } });
    const file = made.files![0]!;
    expect(file.content).toContain("field: models.IntegerField({ default: 0 }),\n      preserve_default: false,");
    files[file.path] = file.content;
    const project = project_with(books({ pages_null: false }), files, database);
    call_command(project, "migrate");
    expect(project.connection.execute('SELECT "pages" FROM "books_book"').rows).toEqual([[0]]);
    expect(call_command(project, "makemigrations").output).toBe("No changes detected");
  });

  it("writes a plain AlterField when told to ignore, and stops with Django's advice on an empty answer", () => {
    const { files } = migrated({});
    const ignored = call_command(project_with(books({ pages_null: false }), files), "makemigrations", [], {
      now: NOW, answers: { "not_null_alteration:books.book.pages": "ignore" } });
    expect(ignored.files![0]!.content).toContain("field: models.IntegerField({}),\n    }),");
    expect(() => call_command(project_with(books({ pages_null: false }), files), "makemigrations", [], {
      now: NOW, answers: { "not_null_alteration:books.book.pages": "" } })).toThrow(CommandError);
  });
});

describe("Meta indexes, constraints, unique_together and db_table in migrations", () => {
  it("writes them as operations learners can read, keeps the rows, and migrates back", () => {
    const { files, database } = migrated({ pages_null: false });
    const made = call_command(project_with(books({ pages_null: false, meta: true }), files), "makemigrations", [], { now: NOW });
    expect(made.output.split("\n").slice(2)).toEqual([
      "    - Alter unique_together for book (1 constraint(s))",
      "    - Create index book_pages_idx on field(s) -pages of model book",
      "    - Create constraint pages_or_title on model book",
      "    - Rename table for book to library_book",
    ]);
    const file = made.files![0]!;
    expect(file.content).toContain('index: models.Index({ fields: ["-pages"], name: "book_pages_idx", condition: models.Q({ pages__gt: 0 }) }),');
    expect(file.content).toContain('constraint: models.CheckConstraint({ check: models.Q({ pages__gte: 1 }).or(models.Q({ title: "" }).not()), name: "pages_or_title" }),');
    files[file.path] = file.content;

    const project = project_with(books({ pages_null: false, meta: true }), files, database);
    expect(call_command(project, "makemigrations").output).toBe("No changes detected");
    call_command(project, "migrate");
    expect(project.connection.execute('SELECT "title", "pages" FROM "library_book"').rows).toEqual([["Dune", 412]]);
    expect(() => project.connection.execute(`INSERT INTO "library_book" ("title", "pages") VALUES ('', 0)`)).toThrow(/CHECK constraint failed/);
    expect(() => project.connection.execute(`INSERT INTO "library_book" ("title", "pages") VALUES ('Dune', 412)`)).toThrow(/UNIQUE constraint failed/);

    call_command(project, "migrate", ["books", "0001"]);
    const indexes = project.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'books_book'").rows;
    expect(indexes).toEqual([]);
    expect(project.connection.execute('SELECT "title", "pages" FROM "books_book"').rows).toEqual([["Dune", 412]]);
  });
});

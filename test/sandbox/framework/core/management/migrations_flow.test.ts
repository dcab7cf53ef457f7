import { describe, expect, it } from "vitest";
import { call_command, CommandError, models } from "../../../../../sandbox/framework";
import { project_with, SQLDatabase, tables } from "./harness";

const NOW = new Date(2024, 0, 5, 10, 30);

function v1() {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 100 }) };
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
    };
  }
  return { Author, Book };
}

function v2(rename = false) {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 100 }) };
  }
  class Book extends models.Model {
    static fields = {
      [rename ? "name" : "title"]: models.CharField({ max_length: 200 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
      published: models.IntegerField({ default: 2000 }),
    };
  }
  return { Author, Book };
}

describe("makemigrations, migrate, showmigrations, sqlmigrate", () => {
  it("writes 0001_initial in Django's shape and applies it", () => {
    const first = project_with(v1());
    const made = call_command(first, "makemigrations", [], { now: NOW });
    expect(made.output).toBe("Migrations for 'books':\n  books/migrations/0001_initial.ts\n    - Create model Author\n    - Create model Book");
    const [file] = made.files ?? [];
    expect(file?.path).toBe("books/migrations/0001_initial.ts");
    expect(file?.content).toContain('migrations.CreateModel({\n      name: "Author",\n      fields: [\n        ["id", models.AutoField({ auto_created: true, primary_key: true, serialize: false, verbose_name: "ID" })],');
    expect(file?.content).toContain('["author", models.ForeignKey("books.author", { on_delete: models.CASCADE, related_name: "books" })]');

    const database = new SQLDatabase();
    const project = project_with(v1(), { [file!.path]: file!.content }, database);
    expect(call_command(project, "makemigrations").output).toBe("No changes detected");
    expect(call_command(project, "showmigrations").output).toBe("books\n [ ] 0001_initial");
    expect(call_command(project, "migrate").output).toBe(
      "Operations to perform:\n  Apply all migrations: books\nRunning migrations:\n  Applying books.0001_initial... OK");
    expect(tables(project)).toEqual(["books_author", "books_book", "django_migrations"]);
    expect(call_command(project, "showmigrations").output).toBe("books\n [X] 0001_initial");
    expect(call_command(project, "migrate").output).toContain("  No migrations to apply.");
    expect(call_command(project, "sqlmigrate", ["books", "0001"]).output).toBe([
      "BEGIN;", "--", "-- Create model Author", "--",
      'CREATE TABLE "books_author" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL);',
      "--", "-- Create model Book", "--",
      'CREATE TABLE "books_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "author_id" integer NOT NULL REFERENCES "books_author" ("id") DEFERRABLE INITIALLY DEFERRED);',
      'CREATE INDEX "books_book_author_id_8b91747b" ON "books_book" ("author_id");',
      "COMMIT;",
    ].join("\n"));
  });

  it("adds a field with a table rebuild, asks before renaming, and migrates back", () => {
    const initial = call_command(project_with(v1()), "makemigrations", [], { now: NOW }).files![0]!;
    const files: Record<string, string> = { [initial.path]: initial.content };
    const database = new SQLDatabase();
    const p1 = project_with(v1(), files, database);
    call_command(p1, "migrate");
    const Author = p1.apps.get_model("books.Author");
    const Book = p1.apps.get_model("books.Book");
    Book.objects.create({ title: "Dune", author: Author.objects.create({ name: "Frank Herbert" }) });

    const second = call_command(project_with(v2(), files), "makemigrations", [], { now: NOW });
    expect(second.output).toContain("books/migrations/0002_book_published.ts\n    - Add field published to book");
    files[second.files![0]!.path] = second.files![0]!.content;
    const p2 = project_with(v2(), files, database);
    expect(call_command(p2, "sqlmigrate", ["books", "0002"]).output).toContain(
      'INSERT INTO "new__books_book" ("id", "title", "author_id", "published") SELECT "id", "title", "author_id", 2000 FROM "books_book";');
    call_command(p2, "migrate");
    expect(p2.connection.execute('SELECT "title", "published" FROM "books_book"').rows).toEqual([["Dune", 2000]]);

    const asked = call_command(project_with(v2(true), files), "makemigrations", [], { now: NOW });
    expect(asked.files).toBeUndefined();
    expect(asked.questions?.map((q) => q.text)).toEqual(["Did you rename book.title to book.name (a CharField)? [y/N]"]);
    const answered = call_command(project_with(v2(true), files), "makemigrations", [], {
      now: NOW, answers: { [asked.questions![0]!.id]: "y" } });
    expect(answered.output).toContain("0003_rename_title_book_name.ts\n    - Rename field title on book to name");
    files[answered.files![0]!.path] = answered.files![0]!.content;
    const p3 = project_with(v2(true), files, database);
    call_command(p3, "migrate");
    expect(p3.connection.execute('SELECT "name" FROM "books_book"').rows).toEqual([["Dune"]]);

    expect(call_command(p3, "migrate", ["books", "0001"]).output).toBe([
      "Operations to perform:", "  Target specific migration: 0001_initial, from books", "Running migrations:",
      "  Unapplying books.0003_rename_title_book_name... OK", "  Unapplying books.0002_book_published... OK"].join("\n"));
    expect(p3.connection.execute('SELECT * FROM "books_book"').columns).toEqual(["id", "title", "author_id"]);
    expect(call_command(p3, "showmigrations").output).toBe("books\n [X] 0001_initial\n [ ] 0002_book_published\n [ ] 0003_rename_title_book_name");
  });

  it("detects conflicting leaves with Django's message and merges them", () => {
    const initial = call_command(project_with(v1()), "makemigrations", [], { now: NOW }).files![0]!;
    const leaf = (name: string) => `import { migrations } from "mvt";\nexport class Migration extends migrations.Migration {\n  static dependencies: [string, string][] = [["books", "0001_initial"]];\n  static operations = [];\n}\n`.replace("NAME", name);
    const files = { [initial.path]: initial.content, "books/migrations/0002_a.ts": leaf("a"), "books/migrations/0002_b.ts": leaf("b") };
    const project = project_with(v1(), files);
    expect(() => call_command(project, "migrate")).toThrow(CommandError);
    expect(() => call_command(project, "migrate")).toThrow(
      "Conflicting migrations detected; multiple leaf nodes in the migration graph: (0002_a, 0002_b in books).");
    const merged = call_command(project, "makemigrations", [], { merge: true });
    expect(merged.files?.[0]?.path).toBe("books/migrations/0003_merge_0002_a_0002_b.ts");
    expect(merged.files?.[0]?.content).toContain('static dependencies: [string, string][] = [["books", "0002_a"], ["books", "0002_b"]];');
  });
});

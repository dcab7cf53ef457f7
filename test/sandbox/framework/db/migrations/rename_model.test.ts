/**
 * RenameModel keeps the rows of the automatic through tables it renames and repoints
 * (Django: RenameModel.database_forwards/backwards); the migrations oracle compares the
 * schemas with Django's, this the data, both ways.
 */
import { describe, expect, it } from "vitest";
import { call_command, models } from "../../../../../sandbox/framework";
import { project_with, SQLDatabase } from "../../core/management/harness";

const NOW = new Date(2024, 0, 5, 10, 30);

/** Writers following one another and books with coauthors, under the given model names. */
function library(names: { author: string; book: string }) {
  class Author extends models.Model {
    static fields = {
      name: models.CharField({ max_length: 50 }),
      follows: models.ManyToManyField("self", { symmetrical: false, related_name: "followers" }),
    };
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 50 }),
      coauthors: models.ManyToManyField(Author, { related_name: "coauthored" }),
    };
  }
  Object.defineProperty(Author, "name", { value: names.author });
  Object.defineProperty(Book, "name", { value: names.book });
  return { Author, Book };
}

function rows(database: InstanceType<typeof SQLDatabase>, sql: string): unknown[][] {
  return database.exec(sql)[0]?.values ?? [];
}

describe("RenameModel and automatic through tables", () => {
  it("moves the rows to the renamed through tables and key columns, and back when unapplied", () => {
    const database = new SQLDatabase();
    const files: Record<string, string> = {};
    const make = (names: { author: string; book: string }, answers: Record<string, string> = {}) => {
      const made = call_command(project_with(library(names), files, database), "makemigrations", [], { now: NOW, answers });
      for (const file of made.files ?? []) files[file.path] = file.content;
      return made.files?.map((f) => f.path) ?? [];
    };
    const migrate = (names: { author: string; book: string }, args: string[] = []) =>
      call_command(project_with(library(names), files, database), "migrate", args);

    make({ author: "Author", book: "Book" });
    migrate({ author: "Author", book: "Book" });
    database.run(`INSERT INTO books_author (id, name) VALUES (1, 'Ann'), (2, 'Bo')`);
    database.run(`INSERT INTO books_book (id, title) VALUES (1, 'Dune')`);
    database.run(`INSERT INTO books_book_coauthors (book_id, author_id) VALUES (1, 1), (1, 2)`);
    database.run(`INSERT INTO books_author_follows (from_author_id, to_author_id) VALUES (1, 2)`);

    expect(make({ author: "Author", book: "Novel" }, { "rename_model:books.book:books.novel": "y" })).toEqual(["books/migrations/0002_rename_book_novel.ts"]);
    expect(make({ author: "Writer", book: "Novel" }, { "rename_model:books.author:books.writer": "y" })).toEqual(["books/migrations/0003_rename_author_writer.ts"]);
    migrate({ author: "Writer", book: "Novel" });
    expect(rows(database, "SELECT novel_id, writer_id FROM books_novel_coauthors ORDER BY id")).toEqual([[1, 1], [1, 2]]);
    expect(rows(database, "SELECT from_writer_id, to_writer_id FROM books_writer_follows")).toEqual([[1, 2]]);
    expect(rows(database, "SELECT name FROM sqlite_master WHERE name IN ('books_book_coauthors', 'books_author_follows', 'books_author')")).toEqual([]);

    migrate({ author: "Writer", book: "Novel" }, ["books", "0001"]);
    expect(rows(database, "SELECT book_id, author_id FROM books_book_coauthors ORDER BY id")).toEqual([[1, 1], [1, 2]]);
    expect(rows(database, "SELECT from_author_id, to_author_id FROM books_author_follows")).toEqual([[1, 2]]);
    expect(rows(database, "SELECT name FROM books_author ORDER BY id")).toEqual([["Ann"], ["Bo"]]);
  });
});

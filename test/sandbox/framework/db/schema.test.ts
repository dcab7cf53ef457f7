import { describe, expect, it } from "vitest";
import { create_tables, table_sql } from "../../../../sandbox/framework/db/schema";
import { Book, project } from "./setup";

describe("create_tables", () => {
  it("writes Django's SQLite DDL with FK indexes", () => {
    expect(table_sql(Book, project().apps.connection)).toEqual([
      'CREATE TABLE "books_book" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, ' +
      '"author_id" integer NOT NULL REFERENCES "books_author" ("id") DEFERRABLE INITIALLY DEFERRED, ' +
      '"editor_id" integer NULL REFERENCES "books_author" ("id") DEFERRABLE INITIALLY DEFERRED, "published" integer NOT NULL, "done" bool NOT NULL);',
      'CREATE INDEX "books_book_author_id_8b91747b" ON "books_book" ("author_id");',
      'CREATE INDEX "books_book_editor_id_fcb63802" ON "books_book" ("editor_id");',
    ]);
  });

  it("creates only missing tables and returns them", () => {
    const { apps } = project();
    expect(create_tables(apps)).toEqual([]);
    apps.connection.execute('DROP TABLE "books_book"');
    expect(create_tables(apps)).toEqual(["books_book"]);
  });
});

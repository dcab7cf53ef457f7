import { describe, expect, it } from "vitest";
import { Book, seeded } from "./setup";

describe("only() and defer()", () => {
  it("selects the pk and the named fields, in field order", () => {
    const { tracer } = seeded();
    Book.objects.only("published", "title").toArray();
    expect(tracer.queries[0].sql).toBe(
      'SELECT "books_book"."id", "books_book"."title", "books_book"."published" FROM "books_book" ORDER BY "books_book"."title" ASC');
  });

  it("loads a deferred field with one query, as refresh_from_db(fields=[...])", () => {
    const { tracer } = seeded();
    const book = Book.objects.defer("published").get({ title: "Dune" });
    expect(book.get_deferred_fields()).toEqual(new Set(["published"]));
    expect(book.published).toBe(1965);
    expect(book.published).toBe(1965);
    expect(tracer.queries).toHaveLength(2);
    expect(tracer.queries[1].sql).toBe(
      'SELECT "books_book"."id", "books_book"."published" FROM "books_book" WHERE "books_book"."id" = ? LIMIT 21');
    expect(book.get_deferred_fields()).toEqual(new Set());
  });

  it("assigning a deferred field costs no query", () => {
    const { tracer } = seeded();
    const book = Book.objects.only("title").get({ title: "Dune" });
    book.published = 1;
    expect(book.published).toBe(1);
    expect(tracer.queries).toHaveLength(1);
  });

  it("save() of a deferred instance writes only the loaded fields", () => {
    const { tracer } = seeded();
    const book = Book.objects.only("title").get({ title: "Dune" });
    book.title = "Dune!";
    book.save();
    expect(tracer.queries[1].sql).toBe('UPDATE "books_book" SET "title" = ? WHERE "books_book"."id" = ?');
  });
});

import { describe, expect, it } from "vitest";
import { ValueError } from "../../../../sandbox/framework/core/exceptions";
import { Author, Book, seeded } from "./setup";

const AUTHOR_COLUMNS = '"books_author"."id", "books_author"."name"';

describe("union(), intersection(), difference()", () => {
  it("joins the parts with the SQL operator and orders by column position", () => {
    const { tracer } = seeded();
    Author.objects.filter({ id: 1 }).union(Author.objects.all(), { all: true }).order_by("-name").slice(0, 2).toArray();
    expect(tracer.queries[0].sql).toBe(`SELECT ${AUTHOR_COLUMNS} FROM "books_author" WHERE "books_author"."id" = ? ` +
      `UNION ALL SELECT ${AUTHOR_COLUMNS} FROM "books_author" ORDER BY (2) DESC LIMIT 2`);
  });

  it("counts over a subquery", () => {
    const { tracer } = seeded();
    expect(Author.objects.all().difference(Author.objects.filter({ id: 1 })).count()).toBe(2);
    expect(tracer.queries[0].sql).toMatch(/^SELECT COUNT\(\*\) FROM \(SELECT .* EXCEPT SELECT .*\) subquery$/);
  });
});

describe("dates()", () => {
  it("selects the distinct truncated dates, non-null, in order", () => {
    const { tracer } = seeded();
    Book.objects.dates("author__name", "year").toArray();
    expect(tracer.queries[0].sql).toMatch(/^SELECT DISTINCT DATE\(strftime\('%Y-01-01 00:00:00', "books_author"."name"\)\) AS "datefield" .* WHERE "books_author"."name" IS NOT NULL ORDER BY DATE\(.*\) ASC$/);
  });

  it("refuses an unknown kind or order with Django 4's ValueError", () => {
    expect(() => Book.objects.dates("published", "hour" as "day")).toThrow(ValueError);
    expect(() => Book.objects.datetimes("published", "day", { order: "UP" as "ASC" })).toThrow("'order' must be either 'ASC' or 'DESC'.");
  });
});

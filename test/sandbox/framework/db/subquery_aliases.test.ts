import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { Book, seeded } from "./setup";

describe("a Subquery over the outer query's table", () => {
  it("aliases its tables U0, U1, ... as Django does, so OuterRef() reads the outer row", () => {
    const { tracer } = seeded();
    const inner = Book.objects.filter({ author: models.OuterRef("author") }).exclude({ pk: models.OuterRef("pk") }).values("title").slice(0, 1);
    Book.objects.annotate({ other: models.Subquery(inner) }).values_list("title", "other").toArray();
    expect(tracer.queries[0].sql).toBe('SELECT "books_book"."title", (SELECT U0."title" FROM "books_book" U0 ' +
      'WHERE (U0."author_id" = "books_book"."author_id" AND NOT (U0."id" = "books_book"."id")) ORDER BY U0."title" ASC LIMIT 1) AS "other" ' +
      'FROM "books_book" ORDER BY "books_book"."title" ASC');
  });
});

import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { Author, Book, seeded } from "./setup";

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

describe("a Subquery inside a Subquery", () => {
  it("gives the middle query the next free letter (V0) and the inner one U0, and OuterRef(OuterRef()) reads the outermost row", () => {
    const { tracer } = seeded();
    const first = Book.objects.filter({ author: models.OuterRef(models.OuterRef("author")) }).order_by("published").values("published").slice(0, 1);
    const inner = Book.objects.filter({ author: models.OuterRef("author") }).exclude({ pk: models.OuterRef("pk") })
      .filter({ published__gt: models.Subquery(first) }).values("title").slice(0, 1);
    Book.objects.annotate({ other: models.Subquery(inner) }).values_list("title", "other").toArray();
    // Django 3.2's SQL for the same QuerySet.
    expect(tracer.queries[0].sql).toBe('SELECT "books_book"."title", (SELECT V0."title" FROM "books_book" V0 WHERE (V0."author_id" = "books_book"."author_id" ' +
      'AND NOT (V0."id" = "books_book"."id") AND V0."published" > (SELECT U0."published" FROM "books_book" U0 WHERE U0."author_id" = "books_book"."author_id" ' +
      'ORDER BY U0."published" ASC LIMIT 1)) ORDER BY V0."title" ASC LIMIT 1) AS "other" FROM "books_book" ORDER BY "books_book"."title" ASC');
  });

  it("binds an Exists inside a Subquery to the middle query (OuterRef) and the outermost one (OuterRef(OuterRef()))", () => {
    const { tracer } = seeded();
    const edited = Book.objects.filter({ editor: models.OuterRef(models.OuterRef("pk")), published__lt: models.OuterRef("published") });
    const first = Book.objects.filter({ author: models.OuterRef("pk") }).filter(models.Exists(edited)).values("title").slice(0, 1);
    Author.objects.annotate({ t: models.Subquery(first) }).values_list("name", "t").toArray();
    expect(tracer.queries[0].sql).toBe('SELECT "books_author"."name", (SELECT V0."title" FROM "books_book" V0 WHERE (V0."author_id" = "books_author"."id" ' +
      'AND EXISTS(SELECT (1) AS "a" FROM "books_book" U0 WHERE (U0."editor_id" = "books_author"."id" AND U0."published" < V0."published") LIMIT 1)) ' +
      'ORDER BY V0."title" ASC LIMIT 1) AS "t" FROM "books_author"');
  });

  it("refuses an OuterRef(OuterRef()) that has no query two levels out", () => {
    seeded();
    const inner = Book.objects.filter({ author: models.OuterRef(models.OuterRef("pk")) }).values("title").slice(0, 1);
    expect(() => Author.objects.annotate({ t: models.Subquery(inner) }).toArray()).toThrow(/reference to an outer query/);
  });
});

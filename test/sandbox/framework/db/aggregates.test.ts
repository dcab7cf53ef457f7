import { describe, expect, it } from "vitest";
import * as models from "../../../../sandbox/framework/db/models";
import { Author, Book, seeded } from "./setup";

describe("aggregates, transforms and transactions", () => {
  it("annotate() groups by the model and filters on the annotation with HAVING", () => {
    const { sql, tracer } = seeded();
    const authors = Author.objects.annotate({ n: models.Count("books", { filter: models.Q({ books__published__gt: 1965 }) }) })
      .filter({ n__gte: 1 }).toArray();
    expect(authors.map(String)).toEqual(["Ursula K. Le Guin", "Isaac Asimov"]);
    expect(sql()[0]).toBe('SELECT "books_author"."id", "books_author"."name", COUNT(CASE WHEN "books_book"."published" > ? THEN "books_book"."id" ELSE NULL END) AS "n" FROM "books_author" LEFT OUTER JOIN "books_book" ON ("books_author"."id" = "books_book"."author_id") GROUP BY "books_author"."id", "books_author"."name" HAVING COUNT(CASE WHEN "books_book"."published" > ? THEN "books_book"."id" ELSE NULL END) >= ?');
    expect(tracer.queries[0].params).toEqual([1965, 1965, 1]);
  });

  it("aggregate() returns a dict keyed by alias, None for Sum over nothing", () => {
    const { sql } = seeded();
    expect(Book.objects.aggregate(models.Max("published"), { total: models.Sum("published") })).toEqual({ published__max: 1967, total: 5898 });
    expect(Book.objects.filter({ published: 0 }).aggregate({ total: models.Sum("published") })).toEqual({ total: null });
    expect(sql()[0]).toBe('SELECT MAX("books_book"."published") AS "published__max", SUM("books_book"."published") AS "total" FROM "books_book"');
  });

  it("regex lookups call the connection's regexp function", () => {
    const { sql } = seeded();
    expect(Book.objects.filter({ title__iregex: "^the .* darkness$" }).toArray().map(String)).toEqual(["The Left Hand of Darkness"]);
    expect(sql()[0]).toContain(`WHERE "books_book"."title" REGEXP '(?i)' || ? ORDER BY`);
  });

  it("nested atomic() records savepoints as Django does and runs on_commit after the outer commit", () => {
    const { apps, sql } = seeded();
    const connection = apps.connection;
    const ran: string[] = [];
    connection.atomic(() => {
      connection.on_commit(() => ran.push("outer"));
      expect(() => connection.atomic(() => {
        connection.on_commit(() => ran.push("rolled back"));
        Author.objects.create({ name: "Gone" });
        throw new Error("boom");
      })).toThrow("boom");
      connection.atomic(() => connection.on_commit(() => ran.push("inner")));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["outer", "inner"]);
    expect(Author.objects.filter({ name: "Gone" }).exists()).toBe(false);
    expect(sql().slice(0, 6)).toEqual(['BEGIN', 'SAVEPOINT "s2"', 'INSERT INTO "books_author" ("name") VALUES (?)',
      'ROLLBACK TO SAVEPOINT "s2"', 'SAVEPOINT "s3"', 'RELEASE SAVEPOINT "s3"']);
  });

  it("bulk_create() inserts in one statement per batch and sets the pks", () => {
    const { sql } = seeded();
    const created = Author.objects.bulk_create([new Author({ name: "A" }), new Author({ name: "B" })]);
    expect(created.map((a) => a.pk)).toEqual([4, 5]);
    expect(sql()).toEqual(["BEGIN", 'INSERT INTO "books_author" ("name") VALUES (?), (?) RETURNING "id"']);
  });
});

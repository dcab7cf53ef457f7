import { describe, expect, it } from "vitest";
import { FieldError } from "../../../../sandbox/framework";
import { Author, Book, seeded } from "./setup";

const BOOK_COLUMNS = '"books_book"."id", "books_book"."title", "books_book"."author_id", "books_book"."editor_id", "books_book"."published", "books_book"."done"';

describe("QuerySet", () => {
  it("is lazy: nothing runs until it is evaluated, then the cache serves length, count and at", () => {
    const { tracer } = seeded();
    const books = Book.objects.filter({ published__gte: 1965 });
    expect(tracer.queries).toHaveLength(0);
    expect(books.length).toBe(3);
    expect(books.count()).toBe(3);
    expect(books.at(0).title).toBe("Dune");
    expect(books.__bool__()).toBe(true);
    expect([...books].map(String)).toEqual(["Dune", "Foundation", "The Left Hand of Darkness"]);
    expect(tracer.queries).toHaveLength(1);
    expect(tracer.queries[0].sql).toBe(`SELECT ${BOOK_COLUMNS} FROM "books_book" WHERE "books_book"."published" >= ? ORDER BY "books_book"."title" ASC`);
    expect(tracer.queries[0].params).toEqual([1965]);
  });

  it("costs 1+N queries when a loop reads an unloaded relation, and flags the lazy loads", () => {
    const { tracer } = seeded();
    const names = Book.objects.all().toArray().map((b) => b.author.name);
    expect(names).toEqual(["Frank Herbert", "Isaac Asimov", "Ursula K. Le Guin"]);
    expect(tracer.queries).toHaveLength(4);
    expect(tracer.queries[1].sql).toBe('SELECT "books_author"."id", "books_author"."name" FROM "books_author" WHERE "books_author"."id" = ? LIMIT 21');
    expect(tracer.queries[1].nPlusOne).toEqual({ relation: "books.Book.author", fix: 'select_related("author")' });
    expect(tracer.queries[0].nPlusOne).toBeUndefined();
  });

  it("does not flag a lazy load on an instance fetched alone", () => {
    const { tracer } = seeded();
    const book = Book.objects.get({ title: "Dune" });
    expect(book.author.name).toBe("Frank Herbert");
    expect(book.author.name).toBe("Frank Herbert");
    expect(tracer.queries).toHaveLength(2);
    expect(tracer.queries[1].nPlusOne).toBeUndefined();
  });

  it("select_related costs one query with Django's JOINs (INNER for required, LEFT OUTER for nullable)", () => {
    const { tracer } = seeded();
    const books = Book.objects.select_related("author", "editor").toArray();
    expect(books.map((b) => b.author.name)).toEqual(["Frank Herbert", "Isaac Asimov", "Ursula K. Le Guin"]);
    expect(books.map((b) => b.editor)).toEqual([null, null, null]);
    expect(tracer.queries).toHaveLength(1);
    expect(tracer.queries[0].sql).toBe(`SELECT ${BOOK_COLUMNS}, "books_author"."id", "books_author"."name", T3."id", T3."name" FROM "books_book" INNER JOIN "books_author" ON ("books_book"."author_id" = "books_author"."id") LEFT OUTER JOIN "books_author" T3 ON ("books_book"."editor_id" = T3."id") ORDER BY "books_book"."title" ASC`);
  });

  it("filters across relations with a JOIN and Django's LIKE", () => {
    const { tracer } = seeded();
    expect(Book.objects.filter({ author__name__icontains: "le", published__gt: 1960 }).toArray().map(String))
      .toEqual(["The Left Hand of Darkness"]);
    expect(tracer.queries[0].sql).toBe(`SELECT ${BOOK_COLUMNS} FROM "books_book" INNER JOIN "books_author" ON ("books_book"."author_id" = "books_author"."id") WHERE ("books_author"."name" LIKE ? ESCAPE '\\' AND "books_book"."published" > ?) ORDER BY "books_book"."title" ASC`);
    expect(tracer.queries[0].params).toEqual(["%le%", 1960]);
  });

  it("excludes through a nullable relation as Django does", () => {
    const { tracer } = seeded();
    expect(Book.objects.exclude({ editor__name: "z" }).count()).toBe(3);
    expect(tracer.queries[0].sql).toBe('SELECT COUNT(*) AS "__count" FROM "books_book" LEFT OUTER JOIN "books_author" ON ("books_book"."editor_id" = "books_author"."id") WHERE NOT ("books_author"."name" = ? AND "books_author"."name" IS NOT NULL)');
  });

  it("supports Q with or/not, in, range, isnull and ordering across relations", () => {
    const { tracer } = seeded();
    const q = models.Q({ title: "Dune" }).or(models.Q({ published__range: [1966, 1966] }));
    expect(Book.objects.filter(q).order_by("-author__name").toArray().map(String)).toEqual(["The Left Hand of Darkness", "Dune"]);
    expect(tracer.queries[0].sql).toBe(`SELECT ${BOOK_COLUMNS} FROM "books_book" INNER JOIN "books_author" ON ("books_book"."author_id" = "books_author"."id") WHERE ("books_book"."title" = ? OR "books_book"."published" BETWEEN ? AND ?) ORDER BY "books_author"."name" DESC`);
    expect(Book.objects.filter({ title__in: ["Dune", "Foundation"] }).exclude({ editor__isnull: false }).count()).toBe(2);
    expect(Book.objects.filter({ title__in: [] }).toArray()).toEqual([]);
    expect(tracer.queries).toHaveLength(2);
  });

  it("get() raises the model's DoesNotExist and MultipleObjectsReturned with Django's messages", () => {
    const { tracer } = seeded();
    expect(() => Book.objects.get({ pk: 99 })).toThrow(Book.DoesNotExist);
    expect(() => Book.objects.get({ pk: 99 })).toThrow("Book matching query does not exist.");
    expect(() => Book.objects.get({ published__gt: 0 })).toThrow(Book.MultipleObjectsReturned);
    expect(() => Book.objects.get({ published__gt: 0 })).toThrow("get() returned more than one Book -- it returned 3!");
    expect(tracer.queries[0].sql).toBe(`SELECT ${BOOK_COLUMNS} FROM "books_book" WHERE "books_book"."id" = ? LIMIT 21`);
  });

  it("names the choices for an unknown field", () => {
    seeded();
    expect(() => Book.objects.filter({ titel: "x" })).toThrow(FieldError);
    expect(() => Book.objects.filter({ titel: "x" })).toThrow(
      "Cannot resolve keyword 'titel' into field. Choices are: author, author_id, done, editor, editor_id, id, published, title");
    expect(() => Author.objects.filter({ books__x: 1 })).toThrow("Cannot resolve keyword 'x' into field.");
  });

  it("count, exists, first, last, slices and values produce Django's SQL", () => {
    const { sql } = seeded();
    expect(Book.objects.count()).toBe(3);
    expect(Book.objects.exists()).toBe(true);
    expect(Book.objects.first()?.title).toBe("Dune");
    expect(Book.objects.last()?.title).toBe("The Left Hand of Darkness");
    expect(Book.objects.all().slice(1, 2).toArray().map(String)).toEqual(["Foundation"]);
    expect(Book.objects.all().slice(1).toArray()).toHaveLength(2);
    expect(Book.objects.values("title", "author__name").at(0)).toEqual({ title: "Dune", author__name: "Frank Herbert" });
    expect(Book.objects.values_list("title", { flat: true }).toArray()).toEqual(["Dune", "Foundation", "The Left Hand of Darkness"]);
    expect(sql()).toEqual([
      'SELECT COUNT(*) AS "__count" FROM "books_book"',
      'SELECT (1) AS "a" FROM "books_book" LIMIT 1',
      `SELECT ${BOOK_COLUMNS} FROM "books_book" ORDER BY "books_book"."title" ASC LIMIT 1`,
      `SELECT ${BOOK_COLUMNS} FROM "books_book" ORDER BY "books_book"."title" DESC LIMIT 1`,
      `SELECT ${BOOK_COLUMNS} FROM "books_book" ORDER BY "books_book"."title" ASC LIMIT 1 OFFSET 1`,
      `SELECT ${BOOK_COLUMNS} FROM "books_book" ORDER BY "books_book"."title" ASC LIMIT -1 OFFSET 1`,
      'SELECT "books_book"."title", "books_author"."name" FROM "books_book" INNER JOIN "books_author" ON ("books_book"."author_id" = "books_author"."id") ORDER BY "books_book"."title" ASC LIMIT 1',
      'SELECT "books_book"."title" FROM "books_book" ORDER BY "books_book"."title" ASC',
    ]);
  });

  it("update() with F() and boolean filters as Django writes them", () => {
    const { sql } = seeded();
    expect(Book.objects.filter({ title: "Dune" }).update({ published: models.F("published").add(1) })).toBe(1);
    expect(Book.objects.get({ title: "Dune" }).published).toBe(1966);
    expect(Book.objects.filter({ done: true }).count()).toBe(0);
    expect(sql()[0]).toBe('UPDATE "books_book" SET "published" = ("books_book"."published" + ?) WHERE "books_book"."title" = ?');
    expect(sql()[2]).toBe('SELECT COUNT(*) AS "__count" FROM "books_book" WHERE "books_book"."done"');
  });
});

import { models } from "../../../../sandbox/framework";

import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { Author, Book, project, seeded } from "./setup";

describe("Model", () => {
  it("INSERTs a new instance, UPDATEs a saved one, and sets the pk", () => {
    const { sql, tracer } = project();
    const author = new Author({ name: "Le Guin" });
    author.save();
    expect(author.pk).toBe(1);
    expect(author.id).toBe(1);
    const book = new Book({ title: "X", author, published: 1969 });
    book.save();
    expect(book.author_id).toBe(1);
    book.title = "Y";
    book.save();
    expect(sql()).toEqual([
      'INSERT INTO "books_author" ("name") VALUES (?)',
      'INSERT INTO "books_book" ("title", "author_id", "editor_id", "published", "done") VALUES (?, ?, ?, ?, ?)',
      'UPDATE "books_book" SET "title" = ?, "author_id" = ?, "editor_id" = NULL, "published" = ?, "done" = ? WHERE "books_book"."id" = ?',
    ]);
    expect(tracer.queries[1].params).toEqual(["X", 1, null, 1969, false]);
    expect(Book.objects.get({ pk: 1 }).done).toBe(false);
  });

  it("takes FKs as instances or <name>_id, rejects unknown keyword arguments, and prints like Django", () => {
    seeded();
    const book = new Book({ title: "Z", author_id: 2 });
    expect(book.author.name).toBe("Ursula K. Le Guin");
    expect(book.published).toBe(2000);
    expect(() => new Book({ titel: "x" })).toThrow("Book() got an unexpected keyword argument 'titel'");
    expect(() => new Book({ title: "x", author_id: 1, published: 1, done: true, editor: null, extra: 1 })).toThrow("unexpected keyword argument 'extra'");
    const keyed = new Book({ author_id: 3, pk: 42 });
    expect([keyed.author_id, keyed.pk, keyed.title]).toEqual([3, 42, ""]);
    expect(() => { (book as unknown as { author: unknown }).author = "nope"; })
      .toThrow('Cannot assign "nope": "Book.author" must be a "Author" instance.');
    class Plain extends models.Model {}
    expect(String(Book.objects.get({ pk: 1 }))).toBe("Dune");
    expect(Object.getPrototypeOf(Plain.prototype).toString.call(Book.objects.get({ pk: 1 }))).toBe("Book object (1)");
  });

  it("reverse managers: all, filter, count, create", () => {
    const { sql } = seeded();
    const author = Author.objects.get({ name: "Frank Herbert" });
    author.books.create({ title: "Dune Messiah", published: 1969 });
    expect(author.books.count()).toBe(2);
    expect(author.books.filter({ published__gt: 1966 }).toArray().map(String)).toEqual(["Dune Messiah"]);
    expect(sql()[2]).toBe('SELECT COUNT(*) AS "__count" FROM "books_book" WHERE "books_book"."author_id" = ?');
  });

  it("prefetch_related costs one query per relation and serves all() from the cache", () => {
    const { tracer } = seeded();
    const authors = Author.objects.prefetch_related("books").toArray();
    expect(authors.map((a) => a.books.all().toArray().map(String))).toEqual([["Dune"], ["The Left Hand of Darkness"], ["Foundation"]]);
    expect(authors[0].books.count()).toBe(1);
    expect(tracer.queries.map((q) => q.sql)).toEqual([
      'SELECT "books_author"."id", "books_author"."name" FROM "books_author"',
      'SELECT "books_book"."id", "books_book"."title", "books_book"."author_id", "books_book"."editor_id", "books_book"."published", "books_book"."done" FROM "books_book" WHERE "books_book"."author_id" IN (?, ?, ?) ORDER BY "books_book"."title" ASC',
    ]);
  });

  it("flags reverse-manager loops as N+1 with the prefetch fix", () => {
    const { tracer } = seeded();
    for (const author of Author.objects.all()) author.books.count();
    expect(tracer.queries).toHaveLength(4);
    expect(tracer.queries[1].nPlusOne).toEqual({ relation: "books.Author.books", fix: 'prefetch_related("books")' });
  });

  it("delete() cascades like Django's Collector and sets SET_NULL keys", () => {
    const { sql } = seeded();
    const herbert = Author.objects.get({ pk: 1 });
    Book.objects.filter({ pk: 2 }).update({ editor: 1 });
    expect(herbert.delete()).toEqual([2, { "books.Book": 1, "books.Author": 1 }]);
    expect(herbert.pk).toBeNull();
    expect(Book.objects.get({ pk: 2 }).editor).toBeNull();
    expect(sql().slice(2, 7)).toEqual([
      'SELECT "books_book"."id", "books_book"."title", "books_book"."author_id", "books_book"."editor_id", "books_book"."published", "books_book"."done" FROM "books_book" WHERE "books_book"."editor_id" IN (?) ORDER BY "books_book"."title" ASC',
      "BEGIN",
      'DELETE FROM "books_book" WHERE "books_book"."author_id" IN (?)',
      'UPDATE "books_book" SET "editor_id" = NULL WHERE "books_book"."id" IN (?)',
      'DELETE FROM "books_author" WHERE "books_author"."id" IN (?)',
    ]);
  });

  it("a lone delete runs one DELETE without a transaction; a queryset delete is a fast delete", () => {
    const { sql } = seeded();
    Book.objects.get({ pk: 1 }).delete();
    expect(Book.objects.filter({ done: false }).delete()).toEqual([2, { "books.Book": 2 }]);
    expect(sql().slice(1)).toEqual([
      'DELETE FROM "books_book" WHERE "books_book"."id" IN (?)',
      "BEGIN",
      'DELETE FROM "books_book" WHERE NOT "books_book"."done"',
    ]);
  });

  it("PROTECT raises ProtectedError and leaves the database unchanged", () => {
    class Shelf extends models.Model {
      static fields = { label: models.CharField({ max_length: 10 }) };
    }
    class Slot extends models.Model {
      static fields = { shelf: models.ForeignKey(Shelf, { on_delete: models.PROTECT }) };
    }
    const { apps } = project();
    apps.populate(["library"], { "library.models": { Shelf, Slot } });
    apps.connection.execute('CREATE TABLE "library_shelf" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" varchar(10) NOT NULL)');
    apps.connection.execute('CREATE TABLE "library_slot" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "shelf_id" integer NOT NULL REFERENCES "library_shelf" ("id"))');
    const shelf = Shelf.objects.create({ label: "A" });
    Slot.objects.create({ shelf });
    expect(() => shelf.delete()).toThrow(models.ProtectedError);
    expect(() => shelf.delete()).toThrow("Cannot delete some instances of model 'Shelf' because they are referenced through protected foreign keys: 'Slot.shelf'.");
    expect(Shelf.objects.count()).toBe(1);
  });

  it("requires max_length and on_delete with a clear message", () => {
    expect(() => models.CharField({} as { max_length: number })).toThrow("CharField requires a positive integer max_length");
    expect(() => models.ForeignKey(Author, {} as models.ForeignKeyOptions)).toThrow("ForeignKey requires on_delete");
  });

  it("stores datetimes as Django does on SQLite and reads them back", () => {
    class Event extends models.Model {
      static fields = { at: models.DateTimeField({ auto_now_add: true }), seen: models.DateTimeField({ null: true }) };
      declare at: Date;
      declare seen: Date | null;
      declare static objects: models.Manager<Event>;
    }
    const { apps, tracer } = project();
    apps.populate(["events"], { "events.models": { Event } });
    apps.connection.execute('CREATE TABLE "events_event" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "at" datetime NOT NULL, "seen" datetime NULL)');
    const event = Event.objects.create({ seen: new Date("2024-01-02T03:04:05.678Z") });
    expect(event.at).toBeInstanceOf(Date);
    expect(tracer.queries.at(-1)?.params[1]).toBe("2024-01-02 03:04:05.678000");
    expect(Event.objects.get({ pk: event.pk }).seen?.toISOString()).toBe("2024-01-02T03:04:05.678Z");
  });
});

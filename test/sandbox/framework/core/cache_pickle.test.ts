/**
 * Cached values come back as Django's pickled ones do: equal copies, model instances
 * included (their class, fields, pk, state and cached relations), never the object stored.
 */
import { describe, expect, it } from "vitest";
import { LocMemCache } from "../../../../sandbox/framework/core/cache";
import { Author, Book, seeded } from "../db/setup";

describe("LocMemCache pickles values", () => {
  it("returns a model instance as an instance of its model, saved, with its pk and fields", () => {
    seeded();
    const cache = new LocMemCache();
    const dune = Book.objects.get({ title: "Dune" });
    cache.set("book", dune);
    const cached = cache.get<Book>("book")!;
    expect(cached).toBeInstanceOf(Book);
    expect(cached).not.toBe(dune);
    expect([cached.pk, cached.title, cached.author_id, cached.published]).toEqual([dune.pk, "Dune", dune.author_id, 1965]);
    expect([cached._state.adding, cached._state.db]).toEqual([false, "default"]);
    cached.title = "Dune (revised)";
    cached.save();
    expect(Book.objects.get({ pk: dune.pk }).title).toBe("Dune (revised)");
  });

  it("is not changed by mutating the stored object or the one returned", () => {
    seeded();
    const cache = new LocMemCache();
    const dune = Book.objects.get({ title: "Dune" });
    cache.set("book", dune);
    dune.title = "changed after set";
    cache.get<Book>("book")!.title = "changed after get";
    expect(cache.get<Book>("book")!.title).toBe("Dune");
  });

  it("keeps lists and dicts of instances, their select_related relations, dates and nested data", () => {
    const { tracer } = seeded();
    const cache = new LocMemCache();
    const books = [...Book.objects.select_related("author").order_by("title")];
    const when = new Date("2026-12-03T10:00:00Z");
    cache.set("page", { books, when, counts: new Map([["Dune", 1]]), tags: new Set(["sf"]), price: "12.50", missing: null });
    tracer.reset();
    const page = cache.get<{ books: Book[]; when: Date; counts: Map<string, number>; tags: Set<string>; price: string; missing: null }>("page")!;
    expect(page.books.map((b) => [b.constructor, b.title, b.author.name])).toEqual([
      [Book, "Dune", "Frank Herbert"],
      [Book, "Foundation", "Isaac Asimov"],
      [Book, "The Left Hand of Darkness", "Ursula K. Le Guin"],
    ]);
    expect(page.books[0]!.author).toBeInstanceOf(Author);
    expect(tracer.queries).toHaveLength(0); // the cached relations came back with the instances
    expect(page.when).toEqual(when);
    expect(page.when).toBeInstanceOf(Date);
    expect([page.counts.get("Dune"), page.tags.has("sf"), page.price, page.missing]).toEqual([1, true, "12.50", null]);
  });

  it("stores a QuerySet's results, as Django's QuerySet pickle does", () => {
    const { tracer } = seeded();
    const cache = new LocMemCache();
    cache.set("books", Book.objects.filter({ published__gte: 1966 }));
    tracer.reset();
    const books = cache.get<Iterable<Book>>("books")!;
    expect([...books].map((b) => b.title)).toEqual(["Foundation", "The Left Hand of Darkness"]);
    expect(tracer.queries).toHaveLength(0);
  });

  it("keeps shared references and cycles, and refuses a function", () => {
    const cache = new LocMemCache();
    const shared = { n: 1 };
    const loop: Record<string, unknown> = { shared, again: shared };
    loop["self"] = loop;
    cache.set("loop", loop);
    const back = cache.get<Record<string, unknown>>("loop")!;
    expect(back["shared"]).toBe(back["again"]);
    expect(back["self"]).toBe(back);
    expect(() => cache.set("f", { f: () => 1 })).toThrow(/Can't pickle function/);
  });
});

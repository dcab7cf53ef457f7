import { describe, expect, it } from "vitest";
import { ModelState } from "../../../../sandbox/framework/db/models/base";
import { Author, Book, project, seeded } from "./setup";

describe("ModelState's related-object cache", () => {
  it("keeps, replaces and forgets entries by name, whichever slot holds them", () => {
    project();
    const [a, b, c] = ["A", "B", "C"].map((name) => new Author({ name }));
    const state = new ModelState(false);
    expect(state.get_cached("author")).toBeUndefined();
    state.set_cached("author", a);
    state.set_cached("editor", null);
    state.set_cached("reviewer", b);
    expect([state.get_cached("author"), state.get_cached("editor"), state.get_cached("reviewer")]).toEqual([a, null, b]);
    state.set_cached("reviewer", c);
    expect(state.get_cached("reviewer")).toBe(c);
    state.delete_cached("author");
    expect(state.get_cached("author")).toBeUndefined();
    // The first slot is free again: a name kept elsewhere is still updated in one place.
    state.set_cached("reviewer", a);
    state.delete_cached("reviewer");
    expect(state.get_cached("reviewer")).toBeUndefined();
    expect(state.get_cached("editor")).toBeNull();
    state.set_cached("toString", b);
    expect(state.get_cached("toString")).toBe(b);
    expect(state.get_cached("constructor")).toBeUndefined();
    state.clear_cached();
    expect(["author", "editor", "reviewer", "toString"].map((name) => state.get_cached(name))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("reading rows where code cannot be generated", () => {
  it("builds the same instances through the plain loop (a CSP without 'unsafe-eval')", () => {
    const { tracer } = seeded();
    const real = globalThis.Function;
    const refused = function () {
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    } as unknown as FunctionConstructor;
    globalThis.Function = refused;
    let books: Book[];
    try {
      // A shape no other test reads, so no builder for it is cached yet.
      books = Book.objects.select_related("author").only("title", "published", "author__name").order_by("-published").toArray();
    } finally {
      globalThis.Function = real;
    }
    expect(books.map((b) => [b.title, b.published, b.author.name])).toEqual([
      ["Foundation", 1967, "Isaac Asimov"], ["The Left Hand of Darkness", 1966, "Ursula K. Le Guin"], ["Dune", 1965, "Frank Herbert"],
    ]);
    expect(tracer.queries).toHaveLength(1);
    expect(books[0]._state.from_multi_row).toBe(true);
    expect(books[0].done).toBe(false); // deferred: loaded on first read
    expect(tracer.queries).toHaveLength(2);
  });
});

describe("ModelState.db", () => {
  it("is null for a new instance and \"default\" once saved, bulk-created or loaded, as Django's _state.db", () => {
    project();
    const author = new Author({ name: "Ada" });
    expect(author._state.db).toBeNull();
    author.save();
    const [bulk] = Author.objects.bulk_create([new Author({ name: "Bob" })]);
    expect([author._state.db, bulk!._state.db, Author.objects.get({ name: "Ada" })._state.db]).toEqual(["default", "default", "default"]);
  });
});

import { describe, expect, it } from "vitest";
import { Book, seeded } from "./setup";

describe("unused select_related / prefetch_related", () => {
  it("reports a relation loaded ahead and never read", () => {
    const { tracer } = seeded();
    Book.objects.select_related("author").toArray();
    expect(tracer.take_unused_relations()).toEqual([{ relation: "books.Book.author", kind: "select_related" }]);
  });

  it("reports nothing once the relation is read", () => {
    const { tracer } = seeded();
    for (const book of Book.objects.select_related("author")) void book.author.name;
    expect(tracer.take_unused_relations()).toEqual([]);
  });

  it("covers prefetch_related, read through the related manager", () => {
    const { tracer } = seeded();
    const authors = Book.objects.select_related("author").toArray().map((b) => b.author);
    void authors;
    const books = Book.objects.prefetch_related("editor").toArray();
    void books;
    expect(tracer.take_unused_relations().map((r) => r.kind)).toEqual(["prefetch_related"]);
  });
});

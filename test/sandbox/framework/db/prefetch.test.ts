import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { Author, Book, seeded } from "./setup";

describe("Prefetch", () => {
  it("runs its queryset with the key filter added, and stores a plain array in to_attr", () => {
    const { tracer } = seeded();
    const authors = Author.objects.order_by("id")
      .prefetch_related(models.Prefetch("books", { queryset: Book.objects.filter({ published__gt: 1965 }), to_attr: "later" }))
      .toArray();
    const later = authors.map((a) => (a as unknown as { later: Book[] }).later.map(String));
    expect(later).toEqual([[], ["The Left Hand of Darkness"], ["Foundation"]]);
    expect(tracer.queries).toHaveLength(2);
    expect(tracer.queries[1].sql).toMatch(/WHERE \("books_book"."published" > \? AND "books_book"."author_id" IN \(\?, \?, \?\)\) ORDER BY "books_book"."title" ASC$/);
  });
});

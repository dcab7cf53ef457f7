import { describe, expect, it } from "vitest";
import type { QueryRecord } from "../../../sandbox/protocol";
import { summarize } from "../../../sandbox/runtime/summary";

const select = (params: unknown[], extra: Partial<QueryRecord> = {}): QueryRecord => ({
  sql: 'SELECT "books_author"."id" FROM "books_author" WHERE "books_author"."id" = ? LIMIT 21',
  params,
  durationMs: 0.5,
  rowCount: 1,
  ...extra,
});

describe("summarize", () => {
  it("groups similar and duplicate queries like django-debug-toolbar", () => {
    const summary = summarize([select([1]), select([2]), select([1]), { ...select([]), sql: "SELECT 1" }]);
    expect(summary.similar).toEqual([{ sql: select([]).sql, count: 3, indexes: [0, 1, 2] }]);
    expect(summary.duplicates).toEqual([{ sql: select([]).sql, count: 2, indexes: [0, 2] }]);
    expect(summary.totalMs).toBe(2);
  });

  it("warns of N+1 when one relation is loaded lazily more than once from one place", () => {
    const flag = { relation: "books.Book.author", fix: 'select_related("author")' };
    const template = { name: "books/list.html", line: 8 };
    const summary = summarize([select([1], { nPlusOne: flag, template }), select([2], { nPlusOne: flag, template })]);
    expect(summary.nPlusOne).toEqual([{ ...flag, count: 2, template }]);
  });

  it("does not warn for a single lazy load", () => {
    const flag = { relation: "books.Book.author", fix: 'select_related("author")' };
    expect(summarize([select([1], { nPlusOne: flag })]).nPlusOne).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { bindable, formatSql, isSelect, sqlLiteral } from "../../../renderer/src/lib/sqlText";

describe("sqlText", () => {
  it("inlines parameters as SQLite literals while formatting", () => {
    const text = formatSql('SELECT "books_author"."name" FROM "books_author" WHERE "books_author"."id" = ? AND "name" = ? LIMIT 21', [3, "O'Brien"]);
    expect(text).toContain('WHERE\n  "books_author"."id" = 3');
    expect(text).toContain("'O''Brien'");
    expect(text.startsWith("SELECT\n")).toBe(true);
  });

  it("writes NULL, booleans and bytes as SQLite would read them", () => {
    expect([null, true, false, new Uint8Array([10, 255])].map(sqlLiteral)).toEqual(["NULL", "1", "0", "X'0aff'"]);
  });

  it("binds recorded parameters again as sql.js takes them", () => {
    expect([true, 2, "x", null].map(bindable)).toEqual([1, 2, "x", null]);
  });

  it("re-runs only reads", () => {
    expect(isSelect("  with x as (select 1) select * from x")).toBe(true);
    expect(isSelect('UPDATE "a" SET b = 1')).toBe(false);
  });
});

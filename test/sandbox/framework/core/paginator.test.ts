import { describe, expect, it } from "vitest";
import { EmptyPage, PageNotAnInteger, Paginator } from "../../../../sandbox/framework/core/paginator";

const letters = [..."abcdefghijk"];

describe("Paginator", () => {
  it("counts pages, with orphans joining the last page", () => {
    const paginator = new Paginator(letters, 5);
    expect([paginator.count, paginator.num_pages, paginator.page_range]).toEqual([11, 3, [1, 2, 3]]);
    expect(new Paginator(letters, 5, { orphans: 1 }).num_pages).toBe(2);
    expect([...new Paginator(letters, 5, { orphans: 1 }).page(2)]).toEqual([..."fghijk"]);
  });

  it("gives Page its neighbours and indexes", () => {
    const page = new Paginator(letters, 5).page("2");
    expect([page.has_next(), page.has_previous(), page.next_page_number(), page.previous_page_number()]).toEqual([true, true, 3, 1]);
    expect([page.start_index(), page.end_index(), page.length, String(page)]).toEqual([6, 10, 5, "<Page 2 of 3>"]);
    expect(new Paginator(letters, 5).page(3).end_index()).toBe(11);
    expect(new Paginator([], 5).page(1).start_index()).toBe(0);
  });

  it("raises Django's errors, and get_page() falls back instead", () => {
    const paginator = new Paginator(letters, 5);
    expect(() => paginator.page("x")).toThrow(new PageNotAnInteger("That page number is not an integer"));
    expect(() => paginator.page(0)).toThrow(new EmptyPage("That page number is less than 1"));
    expect(() => paginator.page(4)).toThrow(new EmptyPage("That page contains no results"));
    expect(() => paginator.page(3).next_page_number()).toThrow(EmptyPage);
    expect(() => new Paginator([], 5, { allow_empty_first_page: false }).page(1)).toThrow("That page contains no results");
    expect([paginator.get_page("x").number, paginator.get_page(99).number, paginator.get_page(null).number]).toEqual([1, 3, 1]);
  });

  it("elides long page ranges as Django does", () => {
    const paginator = new Paginator(Array.from({ length: 500 }), 10);
    expect(paginator.get_elided_page_range(25)).toEqual([1, 2, "…", 22, 23, 24, 25, 26, 27, 28, "…", 49, 50]);
    expect(paginator.get_elided_page_range(2)).toEqual([1, 2, 3, 4, 5, "…", 49, 50]);
  });
});

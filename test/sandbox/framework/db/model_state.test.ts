import { describe, expect, it } from "vitest";
import { ModelState } from "../../../../sandbox/framework/db/models/base";
import { Author, project } from "./setup";

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

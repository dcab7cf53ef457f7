import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT, parseLayout } from "../../../renderer/src/lib/layout";

describe("parseLayout", () => {
  it("reads back a saved layout, kept within the panels' limits", () => {
    expect(parseLayout({ tree: 300, preview: 5000, dock: 10 })).toEqual({ tree: 300, preview: 1400, dock: 120 });
  });

  it("fills what is missing or damaged from the default", () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout({ tree: "wide", dock: 250, extra: 1 })).toEqual({ ...DEFAULT_LAYOUT, dock: 250 });
  });
});

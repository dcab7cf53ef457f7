import { describe, expect, it } from "vitest";
import { models } from "../../../../../sandbox/framework";
import { serialize } from "../../../../../sandbox/framework/db/migrations/writer";
import { Q } from "../../../../../sandbox/framework/db/models/query_utils";

describe("the migration writer serializes Meta options as the calls that build them", () => {
  it("writes an Index and a UniqueConstraint with their options", () => {
    expect(serialize(models.Index({ fields: ["-published"], name: "recent_idx" }))).toBe('models.Index({ fields: ["-published"], name: "recent_idx" })');
    expect(serialize(models.UniqueConstraint({ fields: ["title"], name: "one_title", condition: models.Q({ published__gte: 2000 }) })))
      .toBe('models.UniqueConstraint({ fields: ["title"], name: "one_title", condition: models.Q({ published__gte: 2000 }) })');
  });

  it("writes Q with or/and/not so that it reads back equal", () => {
    const q = models.Q({ a: 1, b: "x" }).and(models.Q({ c: null }).not());
    expect(serialize(q)).toBe('models.Q({ a: 1, b: "x" }).and(models.Q({ c: null }).not())');
  });

  it("asks for a hand-written condition when a Q has no single call that builds it", () => {
    const three = new Q({}, "OR", false, [models.Q({ a: 1 }), models.Q({ b: 2 }), models.Q({ c: 3 })]);
    expect(() => serialize(three)).toThrow("write the condition in the migration file by hand");
  });
});

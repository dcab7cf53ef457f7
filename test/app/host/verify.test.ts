import { describe, expect, it } from "vitest";
import type { Lesson, Pack } from "../../../app/host/packs";
import { type CheckRunner, verifyPack } from "../../../app/host/verify";
import type { CheckResult, ProjectFiles } from "../../../sandbox/protocol";

/** A runner whose checks pass exactly when views.ts says "fixed". */
const runner: CheckRunner = {
  async check(files: ProjectFiles) {
    if (files["views.ts"] === "syntax error") return { results: [], diagnostics: [{ file: "views.ts", line: 1, column: 8, message: "Expected ;" }] };
    const fixed = files["views.ts"] === "fixed";
    const results: CheckResult[] = [
      { name: "test_page", title: "page", passed: true },
      { name: "test_queries", title: "queries", passed: fixed, ...(fixed ? {} : { message: "11 queries, expected 1" }) },
    ];
    return { results, diagnostics: [] };
  },
};

const lesson = (id: string, start: string, solution: string, steps: Lesson["steps"] = []): Lesson => ({
  id,
  title: id,
  url: "/",
  open: [],
  readonly: [],
  steps,
  hints: [],
  text: "",
  checks: "",
  start: { "views.ts": start, "models.ts": "models" },
  solution: { "views.ts": solution },
});

const pack = (...lessons: Lesson[]): Pack => ({ id: "p", title: "P", version: "1", description: "", folder: "/p", source: "built-in", lessons });

describe("verifyPack", () => {
  it("accepts a lesson whose start fails and solution passes", async () => {
    expect(await verifyPack(pack(lesson("good", "broken", "fixed")), runner)).toEqual([
      { lessonId: "good", valid: true, summary: "start fails 1 of 2 checks, solution passes 2 of 2" },
    ]);
  });

  it("rejects a lesson whose start already passes", async () => {
    const [verdict] = await verifyPack(pack(lesson("easy", "fixed", "fixed")), runner);
    expect(verdict).toMatchObject({ valid: false, summary: expect.stringContaining("start already passes all 2 checks") });
  });

  it("rejects a lesson whose solution fails, naming the check and its message", async () => {
    const [verdict] = await verifyPack(pack(lesson("wrong", "broken", "still broken")), runner);
    expect(verdict?.valid).toBe(false);
    expect(verdict?.summary).toContain("test_queries (11 queries, expected 1)");
  });

  it("reports a solution that does not build with file:line", async () => {
    const [verdict] = await verifyPack(pack(lesson("typo", "broken", "syntax error")), runner);
    expect(verdict?.summary).toContain("views.ts:1:8: Expected ;");
  });

  it("accepts steps that name the checks", async () => {
    const [verdict] = await verifyPack(pack(lesson("steps", "broken", "fixed", [{ text: "Fix it", checks: ["test_queries"] }])), runner);
    expect(verdict?.valid).toBe(true);
  });

  it("rejects a step naming a check that checks.ts does not define", async () => {
    const [verdict] = await verifyPack(pack(lesson("typo", "broken", "fixed", [{ text: "Fix it", checks: ["test_query"] }])), runner);
    expect(verdict?.valid).toBe(false);
    expect(verdict?.summary).toBe('steps[0] names "test_query", which checks.ts does not define (it has test_page, test_queries); fix lesson.yaml.');
  });

  it("verifies every lesson of the pack in order", async () => {
    const verdicts = await verifyPack(pack(lesson("a", "broken", "fixed"), lesson("b", "fixed", "fixed")), runner);
    expect(verdicts.map((verdict) => [verdict.lessonId, verdict.valid])).toEqual([["a", true], ["b", false]]);
  });
});

import { describe, expect, it } from "vitest";
import { models } from "../../../../../sandbox/framework";
import { MigrationAutodetector } from "../../../../../sandbox/framework/db/migrations/autodetector";
import { QuestionPending, Questioner } from "../../../../../sandbox/framework/db/migrations/questioner";
import { ModelState, ProjectState } from "../../../../../sandbox/framework/db/migrations/state";

const APPS = new Set(["books"]);

function state(options: ModelState["options"], pages = models.IntegerField()): ProjectState {
  return new ProjectState([new ModelState("books", "Book", [
    ["id", models.AutoField({ primary_key: true })],
    ["title", models.CharField({ max_length: 100 })],
    ["pages", pages],
  ], options)]);
}

const described = (from: ProjectState, to: ProjectState, answers: Record<string, string> = {}) =>
  (new MigrationAutodetector(from, to, new Questioner(answers)).detect(APPS).get("books") ?? []).map((op) => op.describe());

describe("the autodetector and Meta options", () => {
  const index = models.Index({ fields: ["title"], name: "title_idx" });
  const check = models.CheckConstraint({ check: models.Q({ pages__gte: 1 }), name: "pages_positive" });

  it("removes constraints and indexes first and adds them after the fields, as Django orders them", () => {
    const before = state({ indexes: [index], constraints: [check] });
    const after = state({ unique_together: [["title", "pages"]], db_table: "library_book",
      indexes: [models.Index({ fields: ["-title"], name: "title_idx" })] });
    expect(described(before, after)).toEqual([
      "Remove constraint pages_positive from model book",
      "Remove index title_idx from book",
      "Alter unique_together for book (1 constraint(s))",
      "Create index title_idx on field(s) -title of model book",
      "Rename table for book to library_book",
    ]);
  });

  it("sees no change when the same options are built again", () => {
    const make = () => state({ indexes: [models.Index({ fields: ["title"], name: "title_idx" })],
      constraints: [models.CheckConstraint({ check: models.Q({ pages__gte: 1 }), name: "pages_positive" })] });
    expect(described(make(), make())).toEqual([]);
  });

  it("asks before making a nullable field not null, and not when it has a default", () => {
    const nullable = state({}, models.IntegerField({ null: true }));
    expect(() => described(nullable, state({}))).toThrow(QuestionPending);
    expect(described(nullable, state({}, models.IntegerField({ default: 1 })))).toEqual(["Alter field pages on book"]);
  });
});

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

describe("the autodetector orders operations by their dependencies, as Django", () => {
  const fk = (to: string, options: Record<string, unknown> = {}) => models.ForeignKey(to, { on_delete: models.CASCADE, ...options });
  const model = (name: string, fields: Array<[string, models.Field]>, options: ModelState["options"] = {}) =>
    new ModelState("books", name, [["id", models.AutoField({ primary_key: true })], ...fields], options);
  const detected = (from: ProjectState, to: ProjectState) =>
    (new MigrationAutodetector(from, to, new Questioner()).detect(APPS).get("books") ?? []).map((op) => op.describe());

  // Each expectation is what Django 3.2's autodetector returns for the same states.
  it("creates new models after the models their relations need, whatever their names", () => {
    const to = new ProjectState([
      model("Award", [["edition", models.OneToOneField("books.edition", { on_delete: models.CASCADE })], ["publisher", fk("books.publisher")]]),
      model("Edition", [["series", fk("books.series", { null: true })]]),
      model("Publisher", [["name", models.CharField({ max_length: 50 })]]),
      model("Series", [["parent", fk("self", { null: true })], ["publisher", fk("books.publisher", { null: true })]]),
    ]);
    const changes = new MigrationAutodetector(new ProjectState(), to, new Questioner()).detect(APPS).get("books") ?? [];
    expect(changes.map((op) => op.describe())).toEqual(["Create model Publisher", "Create model Series", "Create model Edition", "Create model Award"]);
    expect(changes.map((op) => (op as unknown as { fields: Array<[string]> }).fields.map(([n]) => n))).toEqual([
      ["id", "name"], ["id", "parent", "publisher"], ["id", "series"], ["id", "edition", "publisher"],
    ]);
  });

  it("removes a field after the unique_together that uses it", () => {
    const from = new ProjectState([model("Quote", [["text", models.CharField({ max_length: 10 })], ["line", models.IntegerField()]], { unique_together: [["text", "line"]] })]);
    const to = new ProjectState([model("Quote", [["line", models.IntegerField()], ["page", models.IntegerField({ default: 0 })]])]);
    expect(detected(from, to)).toEqual(["Add field page to quote", "Alter unique_together for quote (0 constraint(s))", "Remove field text from quote"]);
  });

  it("deletes a model once the foreign key pointing at it is repointed", () => {
    const from = new ProjectState([model("Old", []), model("New", []), model("Source", [["cited", fk("books.old")]])]);
    const to = new ProjectState([model("New", []), model("Source", [["cited", fk("books.new")]])]);
    expect(detected(from, to)).toEqual(["Alter field cited on source", "Delete model Old"]);
  });
});

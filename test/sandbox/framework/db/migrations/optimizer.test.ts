/**
 * The migration optimizer, case by case. Each expectation is what Django 3.2's
 * MigrationOptimizer returns for the same operations (run with /usr/bin/python3).
 */
import { describe, expect, it } from "vitest";
import { models } from "../../../../../sandbox/framework";
import type { Operation } from "../../../../../sandbox/framework/db/migrations/operations/base";
import { AddField, AlterField, RemoveField, RenameField } from "../../../../../sandbox/framework/db/migrations/operations/fields";
import { AddIndex } from "../../../../../sandbox/framework/db/migrations/operations/indexes";
import { AlterModelTable, AlterUniqueTogether } from "../../../../../sandbox/framework/db/migrations/operations/model_options";
import { AlterModelOptions, CreateModel, DeleteModel, RenameModel } from "../../../../../sandbox/framework/db/migrations/operations/models";
import { RunSQL } from "../../../../../sandbox/framework/db/migrations/operations/special";
import { MigrationOptimizer } from "../../../../../sandbox/framework/db/migrations/optimizer";
import type { ModelOptions } from "../../../../../sandbox/framework/db/migrations/state";

const char = () => models.CharField({ max_length: 10 });
const integer = () => models.IntegerField();
const fk = (to: string) => models.ForeignKey(to, { on_delete: models.CASCADE });
const create = (name: string, fields: string[], options: ModelOptions = {}) =>
  new CreateModel({ name, fields: fields.map((n) => [n, char()]), options });

/** Each operation as a line: its description, and a CreateModel's fields and options, an AddField's or AlterField's field class. */
function optimized(operations: Operation[]): string[] {
  return new MigrationOptimizer().optimize(operations, "books").map((op) => {
    if (op instanceof CreateModel) return `${op.describe()} [${op.fields.map(([n]) => n).join(", ")}] ${JSON.stringify(op.options)}`;
    if (op instanceof AddField || op instanceof AlterField) return `${op.describe()} ${op.args.field.constructor.name}`;
    return op.describe();
  });
}

describe("the optimizer folds operations on a new model into its CreateModel", () => {
  it("drops a model created then deleted", () => {
    expect(optimized([create("Foo", ["name"]), new DeleteModel({ name: "Foo" })])).toEqual([]);
  });

  it("creates a renamed model under its new name", () => {
    expect(optimized([create("Foo", ["name"]), new RenameModel({ old_name: "Foo", new_name: "Bar" })])).toEqual(["Create model Bar [name] {}"]);
  });

  it("takes the new Meta options, dropping the alterable ones the alteration does not set", () => {
    expect(optimized([create("Foo", ["name"], { verbose_name: "Foo", db_table: "foo_t" }),
      new AlterModelOptions({ name: "foo", options: { ordering: ["name"] } })]))
      .toEqual(['Create model Foo [name] {"db_table":"foo_t","ordering":["name"]}']);
  });

  it("takes unique_together", () => {
    expect(optimized([create("Foo", ["a", "b"]), new AlterUniqueTogether({ name: "foo", unique_together: [["a", "b"]] })]))
      .toEqual(['Create model Foo [a, b] {"unique_together":[["a","b"]]}']);
  });

  it("adds, alters, renames and removes fields, keeping unique_together in step", () => {
    expect(optimized([create("Foo", ["name"]), new AddField({ model_name: "foo", name: "age", field: integer() })]))
      .toEqual(["Create model Foo [name, age] {}"]);
    expect(optimized([create("Foo", ["name", "age"]), new AlterField({ model_name: "foo", name: "name", field: integer() })]))
      .toEqual(["Create model Foo [name, age] {}"]);
    expect(optimized([create("Foo", ["a", "b"], { unique_together: [["a", "b"]] }),
      new RenameField({ model_name: "foo", old_name: "a", new_name: "c" })]))
      .toEqual(['Create model Foo [c, b] {"unique_together":[["c","b"]]}']);
    expect(optimized([create("Foo", ["a", "b", "c"], { unique_together: [["a", "b"], ["c"]] }), new RemoveField({ model_name: "foo", name: "c" })]))
      .toEqual(['Create model Foo [a, b] {"unique_together":[["a","b"]]}']);
  });

  it("leaves nothing of a model created, given a field, then deleted", () => {
    expect(optimized([create("Foo", ["name"]), new AddField({ model_name: "foo", name: "age", field: integer() }),
      new DeleteModel({ name: "Foo" })])).toEqual([]);
  });

  it("follows a rename before folding a field added under the new name", () => {
    expect(optimized([create("Foo", ["name"]), new RenameModel({ old_name: "Foo", new_name: "Bar" }),
      new AddField({ model_name: "bar", name: "age", field: integer() })])).toEqual(["Create model Bar [name, age] {}"]);
  });
});

describe("the optimizer merges operations on one field or model", () => {
  const add = () => new AddField({ model_name: "foo", name: "age", field: integer() });

  it("folds an alteration, a rename or a removal into the AddField", () => {
    expect(optimized([new AddField({ model_name: "foo", name: "age", field: char() }), new AlterField({ model_name: "foo", name: "age", field: integer() })]))
      .toEqual(["Add field age to foo IntegerField"]);
    expect(optimized([add(), new RemoveField({ model_name: "foo", name: "age" })])).toEqual([]);
    expect(optimized([add(), new RenameField({ model_name: "foo", old_name: "age", new_name: "years" })])).toEqual(["Add field years to foo IntegerField"]);
  });

  it("drops an alteration before a removal, and moves a rename before the alteration", () => {
    expect(optimized([new AlterField({ model_name: "foo", name: "age", field: integer() }), new RemoveField({ model_name: "foo", name: "age" })]))
      .toEqual(["Remove field age from foo"]);
    expect(optimized([new AlterField({ model_name: "foo", name: "age", field: integer() }), new RenameField({ model_name: "foo", old_name: "age", new_name: "years" })]))
      .toEqual(["Rename field age on foo to years", "Alter field years on foo IntegerField"]);
  });

  it("makes one rename of two in a row", () => {
    expect(optimized([new RenameField({ model_name: "foo", old_name: "a", new_name: "b" }), new RenameField({ model_name: "foo", old_name: "b", new_name: "c" })]))
      .toEqual(["Rename field a on foo to c"]);
    expect(optimized([new RenameModel({ old_name: "Foo", new_name: "Bar" }), new RenameModel({ old_name: "Bar", new_name: "Baz" })]))
      .toEqual(["Rename model Foo to Baz"]);
  });

  it("lets the model's deletion replace a removal of its field or a change of its options; a later table name replaces an earlier one", () => {
    expect(optimized([new RemoveField({ model_name: "foo", name: "age" }), new DeleteModel({ name: "Foo" })])).toEqual(["Delete model Foo"]);
    expect(optimized([new AlterModelOptions({ name: "foo", options: { ordering: ["a"] } }), new DeleteModel({ name: "Foo" })])).toEqual(["Delete model Foo"]);
    expect(optimized([new AlterModelTable({ name: "foo", table: "a" }), new AlterModelTable({ name: "foo", table: "b" })])).toEqual(["Rename table for foo to b"]);
  });

  it("keeps a field added to a model that is then deleted (the deletion may refer to anything)", () => {
    expect(optimized([add(), new DeleteModel({ name: "Foo" })])).toEqual(["Add field age to foo IntegerField", "Delete model Foo"]);
  });
});

describe("the optimizer moves operations only across those that do not refer to them", () => {
  it("moves a CreateModel to the right, after the model its new foreign key needs", () => {
    expect(optimized([create("Foo", ["name"]), create("Bar", ["name"]), new AddField({ model_name: "foo", name: "bar", field: fk("Bar") })]))
      .toEqual(["Create model Bar [name] {}", "Create model Foo [name, bar] {}"]);
  });

  it("reduces on the left when the operations in between may cross the later one", () => {
    expect(optimized([create("Foo", ["name"]), new AddField({ model_name: "bar", name: "foo", field: fk("Foo") }), create("Bar", ["name"]),
      new AddField({ model_name: "foo", name: "age", field: integer() })]))
      .toEqual(["Create model Foo [name, age] {}", "Add field foo to bar ForeignKey", "Create model Bar [name] {}"]);
    expect(optimized([new AddField({ model_name: "foo", name: "x", field: integer() }), new AddField({ model_name: "bar", name: "foo", field: fk("Foo") }),
      new RemoveField({ model_name: "foo", name: "x" })])).toEqual(["Add field foo to bar ForeignKey"]);
  });

  it("stops at RunSQL and at index operations, which may refer to anything", () => {
    expect(optimized([create("Foo", ["name"]), new RunSQL("SELECT 1"), new AddField({ model_name: "foo", name: "age", field: integer() })]))
      .toEqual(["Create model Foo [name] {}", "Raw SQL operation", "Add field age to foo IntegerField"]);
    expect(optimized([create("Foo", ["a", "b"]), new AddIndex({ model_name: "foo", index: models.Index({ fields: ["a"], name: "foo_a_idx" }) }),
      new AlterUniqueTogether({ name: "foo", unique_together: [["a", "b"]] })]))
      .toEqual(["Create model Foo [a, b] {}", "Create index foo_a_idx on field(s) a of model foo", "Alter unique_together for foo (1 constraint(s))"]);
  });

  it("keeps the removal of a foreign key before the deletions it would have to cross", () => {
    expect(optimized([new RemoveField({ model_name: "bar", name: "foo" }), new DeleteModel({ name: "Foo" }), new DeleteModel({ name: "Bar" })]))
      .toEqual(["Remove field foo from bar", "Delete model Foo", "Delete model Bar"]);
  });
});

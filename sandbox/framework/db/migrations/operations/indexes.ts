/**
 * Operations on a model's Meta.indexes and Meta.constraints (Django: AddIndex,
 * RemoveIndex, AddConstraint and RemoveConstraint in db/migrations/operations/models.py).
 */
import type { BaseConstraint } from "../../models/constraints";
import type { Index } from "../../models/indexes";
import type { ModelState, ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall } from "./base";

type Named = { name: string };

/** `state`'s model with `key` ("indexes" or "constraints") changed by `change`. */
function alter<K extends "indexes" | "constraints">(state: ProjectState, app_label: string, model_name: string, key: K,
  change: (list: NonNullable<ModelState["options"][K]>) => NonNullable<ModelState["options"][K]>): void {
  const model = state.get_model(app_label, model_name);
  model.options = { ...model.options, [key]: change(model.options[key] ?? []) };
}

/** The index or constraint `name` of `model_name` in `state`; an error naming the model otherwise. */
function by_name<T extends Named>(state: ProjectState, app_label: string, model_name: string, key: "indexes" | "constraints", name: string): T {
  const found = (state.get_model(app_label, model_name).options[key] ?? []).find((item) => item.name === name);
  if (!found) throw new TypeError(`${app_label}.${model_name} has no ${key === "indexes" ? "index" : "constraint"} named '${name}' at this point of the migration history.`);
  return found as unknown as T;
}

/** `migrations.AddIndex({ model_name: "book", index: models.Index({ fields: ["title"], name: "book_title_idx" }) })` */
export class AddIndex extends Operation {
  constructor(readonly args: { model_name: string; index: Index }) {
    super();
  }

  state_forwards(app_label: string, state: ProjectState): void {
    alter(state, app_label, this.args.model_name, "indexes", (list) => [...list, this.args.index]);
  }

  database_forwards(step: DatabaseStep): void {
    step.editor.add_index(model_in(step.to_state, step, this.args.model_name), this.args.index);
  }

  database_backwards(step: DatabaseStep): void {
    step.editor.remove_index(model_in(step.from_state, step, this.args.model_name), this.args.index);
  }

  describe(): string {
    return `Create index ${this.args.index.name} on field(s) ${this.args.index.fields.join(", ")} of model ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `${this.args.model_name.toLowerCase()}_${this.args.index.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "AddIndex", args: [{ ...this.args }] };
  }
}

/** `migrations.RemoveIndex({ model_name: "book", name: "book_title_idx" })` */
export class RemoveIndex extends Operation {
  constructor(readonly args: { model_name: string; name: string }) {
    super();
  }

  state_forwards(app_label: string, state: ProjectState): void {
    alter(state, app_label, this.args.model_name, "indexes", (list) => list.filter((index) => index.name !== this.args.name));
  }

  database_forwards(step: DatabaseStep): void {
    const index = by_name<Index>(step.from_state, step.app_label, this.args.model_name, "indexes", this.args.name);
    step.editor.remove_index(model_in(step.from_state, step, this.args.model_name), index);
  }

  database_backwards(step: DatabaseStep): void {
    const index = by_name<Index>(step.to_state, step.app_label, this.args.model_name, "indexes", this.args.name);
    step.editor.add_index(model_in(step.to_state, step, this.args.model_name), index);
  }

  describe(): string {
    return `Remove index ${this.args.name} from ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `remove_${this.args.model_name.toLowerCase()}_${this.args.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "RemoveIndex", args: [{ ...this.args }] };
  }
}

/** `migrations.AddConstraint({ model_name: "book", constraint: models.CheckConstraint({ check: models.Q({ pages__gte: 1 }), name: "pages_positive" }) })` */
export class AddConstraint extends Operation {
  constructor(readonly args: { model_name: string; constraint: BaseConstraint }) {
    super();
  }

  state_forwards(app_label: string, state: ProjectState): void {
    alter(state, app_label, this.args.model_name, "constraints", (list) => [...list, this.args.constraint]);
  }

  // Both directions rebuild from the state being reached, as Django does.
  database_forwards(step: DatabaseStep): void {
    step.editor.add_constraint(model_in(step.to_state, step, this.args.model_name), this.args.constraint);
  }

  database_backwards(step: DatabaseStep): void {
    step.editor.remove_constraint(model_in(step.to_state, step, this.args.model_name), this.args.constraint);
  }

  describe(): string {
    return `Create constraint ${this.args.constraint.name} on model ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `${this.args.model_name.toLowerCase()}_${this.args.constraint.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "AddConstraint", args: [{ ...this.args }] };
  }
}

/** `migrations.RemoveConstraint({ model_name: "book", name: "pages_positive" })` */
export class RemoveConstraint extends Operation {
  constructor(readonly args: { model_name: string; name: string }) {
    super();
  }

  state_forwards(app_label: string, state: ProjectState): void {
    alter(state, app_label, this.args.model_name, "constraints", (list) => list.filter((c) => c.name !== this.args.name));
  }

  database_forwards(step: DatabaseStep): void {
    const constraint = by_name<BaseConstraint>(step.from_state, step.app_label, this.args.model_name, "constraints", this.args.name);
    step.editor.remove_constraint(model_in(step.to_state, step, this.args.model_name), constraint);
  }

  database_backwards(step: DatabaseStep): void {
    const constraint = by_name<BaseConstraint>(step.to_state, step.app_label, this.args.model_name, "constraints", this.args.name);
    step.editor.add_constraint(model_in(step.to_state, step, this.args.model_name), constraint);
  }

  describe(): string {
    return `Remove constraint ${this.args.name} from model ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `remove_${this.args.model_name.toLowerCase()}_${this.args.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "RemoveConstraint", args: [{ ...this.args }] };
  }
}

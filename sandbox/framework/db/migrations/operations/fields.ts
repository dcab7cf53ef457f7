/** Operations on one field of a model (Django: db/migrations/operations/fields.py). */
import type { Field } from "../../models/fields";
import { build_field, concrete_field, local_field } from "../field_utils";
import type { ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall } from "./base";
import { DeleteModel } from "./models";
import { field_references } from "./utils";

interface FieldArgs {
  model_name: string;
  name: string;
  field: Field;
  /** False when `field`'s default was a one-off answer to makemigrations, used only to fill existing rows. */
  preserve_default?: boolean;
}

/** The field the state keeps: without the one-off default when preserve_default is false. */
function state_field(args: FieldArgs): Field {
  if (args.preserve_default !== false) return args.field;
  const spec = args.field.deconstruct();
  delete spec.kwargs.default;
  return build_field(spec);
}

function call(name: string, args: FieldArgs): OperationCall {
  const written: Record<string, unknown> = { model_name: args.model_name, name: args.name, field: args.field };
  if (args.preserve_default === false) written.preserve_default = false;
  return { name, args: [written] };
}

/** An operation on field `name` of model `model_name` (Django: FieldOperation). */
export abstract class FieldOperation extends Operation {
  abstract readonly args: { model_name: string };
  /** The field's name (RenameField: its old name, as in Django). */
  abstract get name(): string;

  /** The field's definition, when the operation has one. */
  get field(): Field | undefined {
    return undefined;
  }

  get model_name_lower(): string {
    return this.args.model_name.toLowerCase();
  }

  get name_lower(): string {
    return this.name.toLowerCase();
  }

  is_same_model_operation(operation: FieldOperation): boolean {
    return this.model_name_lower === operation.model_name_lower;
  }

  is_same_field_operation(operation: FieldOperation): boolean {
    return this.is_same_model_operation(operation) && this.name_lower === operation.name_lower;
  }

  /** Its model, or the model its relation points at. */
  override references_model(name: string, app_label: string): boolean {
    const lower = name.toLowerCase();
    if (lower === this.model_name_lower) return true;
    return this.field !== undefined && field_references([app_label, this.model_name_lower], this.field, [app_label, lower]);
  }

  /** The field itself, or any field of the model its relation points at. */
  override references_field(model_name: string, name: string, app_label: string): boolean {
    const lower = model_name.toLowerCase();
    if (lower === this.model_name_lower && name === this.name) return true;
    return this.field !== undefined && field_references([app_label, this.model_name_lower], this.field, [app_label, lower]);
  }

  /** Operations that do not refer to this field may cross it. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    return !operation.references_field(this.args.model_name, this.name, app_label);
  }
}

/** `migrations.AddField({ model_name: "book", name: "published", field: models.IntegerField({ default: 2000 }) })` */
export class AddField extends FieldOperation {
  constructor(readonly args: FieldArgs) {
    super();
  }

  get name(): string {
    return this.args.name;
  }

  override get field(): Field {
    return this.args.field;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    state.get_model(app_label, this.args.model_name).fields.push([this.args.name, state_field(this.args)]);
  }

  database_forwards(step: DatabaseStep): void {
    const to_model = model_in(step.to_state, step, this.args.model_name);
    step.editor.add_field(model_in(step.from_state, step, this.args.model_name), local_field(to_model, this.args.name), this.args.field);
  }

  database_backwards(step: DatabaseStep): void {
    const from_model = model_in(step.from_state, step, this.args.model_name);
    step.editor.remove_field(from_model, local_field(from_model, this.args.name));
  }

  describe(): string {
    return `Add field ${this.args.name} to ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `${this.args.model_name.toLowerCase()}_${this.args.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return call("AddField", this.args);
  }

  /** An alteration, removal or rename of the added field folds into the AddField (preserve_default is not kept, as in Django). */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    if (operation instanceof FieldOperation && this.is_same_field_operation(operation)) {
      const { model_name } = this.args;
      if (operation instanceof AlterField) return [new AddField({ model_name, name: operation.args.name, field: operation.args.field })];
      if (operation instanceof RemoveField) return [];
      if (operation instanceof RenameField) return [new AddField({ model_name, name: operation.args.new_name, field: this.args.field })];
    }
    return super.reduce(operation, app_label);
  }
}

/** `migrations.RemoveField({ model_name: "book", name: "published" })` */
export class RemoveField extends FieldOperation {
  constructor(readonly args: { model_name: string; name: string }) {
    super();
  }

  get name(): string {
    return this.args.name;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.args.model_name);
    model.fields = model.fields.filter(([name]) => name !== this.args.name);
  }

  database_forwards(step: DatabaseStep): void {
    const from_model = model_in(step.from_state, step, this.args.model_name);
    step.editor.remove_field(from_model, local_field(from_model, this.args.name));
  }

  database_backwards(step: DatabaseStep): void {
    const to_model = model_in(step.to_state, step, this.args.model_name);
    step.editor.add_field(model_in(step.from_state, step, this.args.model_name), local_field(to_model, this.args.name));
  }

  describe(): string {
    return `Remove field ${this.args.name} from ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `remove_${this.args.model_name.toLowerCase()}_${this.args.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "RemoveField", args: [{ model_name: this.args.model_name, name: this.args.name }] };
  }

  /** Deleting the model makes removing its field needless. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    if (operation instanceof DeleteModel && operation.name_lower === this.model_name_lower) return [operation];
    return super.reduce(operation, app_label);
  }
}

/** `migrations.AlterField({ model_name: "book", name: "title", field: models.CharField({ max_length: 300 }) })` */
export class AlterField extends FieldOperation {
  constructor(readonly args: FieldArgs) {
    super();
  }

  get name(): string {
    return this.args.name;
  }

  override get field(): Field {
    return this.args.field;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.args.model_name);
    model.fields = model.fields.map(([name, field]) => [name, name === this.args.name ? state_field(this.args) : field]);
  }

  database_forwards(step: DatabaseStep): void {
    this.alter(step, this.args.field);
  }

  database_backwards(step: DatabaseStep): void {
    this.alter(step);
  }

  private alter(step: DatabaseStep, default_from?: Field): void {
    const from_model = model_in(step.from_state, step, this.args.model_name);
    const to_field = concrete_field(model_in(step.to_state, step, this.args.model_name), this.args.name);
    step.editor.alter_field(from_model, concrete_field(from_model, this.args.name), to_field, default_from ?? to_field);
  }

  describe(): string {
    return `Alter field ${this.args.name} on ${this.args.model_name}`;
  }

  get migration_name_fragment(): string {
    return `alter_${this.args.model_name.toLowerCase()}_${this.args.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return call("AlterField", this.args);
  }

  /** A removal replaces the alteration; a rename moves before it. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    if (operation instanceof RemoveField && this.is_same_field_operation(operation)) return [operation];
    if (operation instanceof RenameField && this.is_same_field_operation(operation)) {
      return [operation, new AlterField({ model_name: this.args.model_name, name: operation.args.new_name, field: this.args.field })];
    }
    return super.reduce(operation, app_label);
  }
}

/** `migrations.RenameField({ model_name: "book", old_name: "title", new_name: "name" })` */
export class RenameField extends FieldOperation {
  constructor(readonly args: { model_name: string; old_name: string; new_name: string }) {
    super();
  }

  get name(): string {
    return this.args.old_name;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const { old_name, new_name } = this.args;
    const model = state.get_model(app_label, this.args.model_name);
    // As Django's state: the renamed field moves to the end, so a later rebuild puts its column last.
    const renamed = model.fields.filter(([name]) => name === old_name).map(([, field]): [string, Field] => [new_name, field]);
    model.fields = [...model.fields.filter(([name]) => name !== old_name), ...renamed];
    if (model.options.unique_together) {
      model.options = { ...model.options, unique_together: model.options.unique_together.map((names) => names.map((n) => (n === old_name ? new_name : n))) };
    }
  }

  database_forwards(step: DatabaseStep): void {
    this.rename(step, this.args.old_name, this.args.new_name);
  }

  database_backwards(step: DatabaseStep): void {
    this.rename(step, this.args.new_name, this.args.old_name);
  }

  private rename(step: DatabaseStep, from_name: string, to_name: string): void {
    const from_model = model_in(step.from_state, step, this.args.model_name);
    const to_model = model_in(step.to_state, step, this.args.model_name);
    step.editor.alter_field(from_model, concrete_field(from_model, from_name), concrete_field(to_model, to_name));
  }

  describe(): string {
    return `Rename field ${this.args.old_name} on ${this.args.model_name} to ${this.args.new_name}`;
  }

  get migration_name_fragment(): string {
    const { model_name, old_name, new_name } = this.args;
    return `rename_${old_name.toLowerCase()}_${model_name.toLowerCase()}_${new_name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "RenameField", args: [{ ...this.args }] };
  }

  override references_field(model_name: string, name: string, app_label: string): boolean {
    const lower = name.toLowerCase();
    return this.references_model(model_name, app_label) &&
      (lower === this.args.old_name.toLowerCase() || lower === this.args.new_name.toLowerCase());
  }

  /** Two renames in a row become one; others may cross it unless they refer to the new name. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    const { model_name, old_name, new_name } = this.args;
    if (operation instanceof RenameField && this.is_same_model_operation(operation) && new_name.toLowerCase() === operation.args.old_name.toLowerCase()) {
      return [new RenameField({ model_name, old_name, new_name: operation.args.new_name })];
    }
    return !operation.references_field(model_name, new_name, app_label);
  }
}

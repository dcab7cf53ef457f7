/** Operations on whole models (Django: db/migrations/operations/models.py). */
import type { Field } from "../../models/fields";
import { build_field, local_field } from "../field_utils";
import { ModelState, type ModelOptions, type ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall, rendered } from "./base";
import { AddField, AlterField, FieldOperation, RemoveField, RenameField } from "./fields";
import { field_references } from "./utils";
import type { ModelClass } from "../../models/model_class";

/** An operation on one model, called `name` (Django: ModelOperation). */
export abstract class ModelOperation extends Operation {
  abstract readonly name: string;

  get name_lower(): string {
    return this.name.toLowerCase();
  }

  override references_model(name: string, _app_label: string): boolean {
    return name.toLowerCase() === this.name_lower;
  }

  /** Operations that do not refer to this model may cross it. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    return !operation.references_model(this.name, app_label);
  }
}

/** A change of Meta options (Django: ModelOptionOperation): a later one of the same kind, or the model's deletion, replaces it. */
export abstract class ModelOptionOperation extends ModelOperation {
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    if ((operation instanceof this.constructor || operation instanceof DeleteModel) &&
      operation instanceof ModelOperation && this.name_lower === operation.name_lower) return [operation];
    return super.reduce(operation, app_label);
  }
}

/** unique_together (Django: AlterTogetherOptionOperation); AlterUniqueTogether is in model_options.ts. */
export abstract class AlterTogetherOptionOperation extends ModelOptionOperation {
  abstract readonly option_name: "unique_together";
  abstract readonly option_value: string[][];

  override references_field(model_name: string, name: string, app_label: string): boolean {
    return this.references_model(model_name, app_label) &&
      (this.option_value.length === 0 || this.option_value.some((fields) => fields.includes(name)));
  }
}

/** `migrations.CreateModel({ name: "Book", fields: [["id", models.AutoField(...)], ...], options: {...} })` */
export class CreateModel extends ModelOperation {
  readonly name: string;
  readonly fields: Array<[string, Field]>;
  readonly options: ModelOptions;

  constructor(args: { name: string; fields: Array<[string, Field]>; options?: ModelOptions }) {
    super();
    this.name = args.name;
    this.fields = args.fields;
    this.options = args.options ?? {};
  }

  state_forwards(app_label: string, state: ProjectState): void {
    state.add_model(new ModelState(app_label, this.name, [...this.fields], { ...this.options }));
  }

  database_forwards(step: DatabaseStep): void {
    step.editor.create_model(model_in(step.to_state, step, this.name));
  }

  database_backwards(step: DatabaseStep): void {
    step.editor.delete_model(model_in(step.from_state, step, this.name));
  }

  describe(): string {
    return `Create model ${this.name}`;
  }

  get migration_name_fragment(): string {
    return this.name.toLowerCase();
  }

  deconstruct(): OperationCall {
    const args: Record<string, unknown> = { name: this.name, fields: this.fields };
    if (Object.keys(this.options).length) args.options = this.options;
    return { name: "CreateModel", args: [args] };
  }

  /** Its name, or a relation of one of its fields to the model. */
  override references_model(name: string, app_label: string): boolean {
    const reference = [app_label, name.toLowerCase()] as const;
    return reference[1] === this.name_lower ||
      this.fields.some(([, field]) => field_references([app_label, this.name_lower], field, reference));
  }

  /** Django's CreateModel.reduce: later operations on the new model are folded into it. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    const with_ = (changes: { name?: string; fields?: Array<[string, Field]>; options?: ModelOptions }) =>
      [new CreateModel({ name: changes.name ?? this.name, fields: changes.fields ?? this.fields, options: changes.options ?? this.options })];
    if (operation instanceof DeleteModel && this.name_lower === operation.name_lower) return [];
    if (operation instanceof RenameModel && this.name_lower === operation.old_name.toLowerCase()) return with_({ name: operation.new_name });
    if (operation instanceof AlterModelOptions && this.name_lower === operation.name_lower) {
      const options: ModelOptions = { ...this.options, ...operation.options };
      for (const key of AlterModelOptions.KEYS) if (!(key in operation.options)) delete options[key];
      return with_({ options });
    }
    if (operation instanceof AlterTogetherOptionOperation && this.name_lower === operation.name_lower) {
      return with_({ options: { ...this.options, [operation.option_name]: operation.option_value } });
    }
    if (operation instanceof FieldOperation && this.name_lower === operation.model_name_lower) {
      if (operation instanceof AddField) return with_({ fields: [...this.fields, [operation.args.name, operation.args.field]] });
      if (operation instanceof AlterField) {
        return with_({ fields: this.fields.map(([n, f]): [string, Field] => [n, n === operation.args.name ? operation.args.field : f]) });
      }
      if (operation instanceof RemoveField) {
        const removed = operation.name_lower;
        const { unique_together, ...options } = this.options;
        const kept = (unique_together ?? []).map((names) => names.filter((n) => n !== removed)).filter((names) => names.length);
        return with_({
          fields: this.fields.filter(([n]) => n.toLowerCase() !== removed),
          options: kept.length ? { ...options, unique_together: kept } : options,
        });
      }
      if (operation instanceof RenameField) {
        const { old_name, new_name } = operation.args;
        const rename = (n: string) => (n === old_name ? new_name : n);
        const options = this.options.unique_together
          ? { ...this.options, unique_together: this.options.unique_together.map((names) => names.map(rename)) } : this.options;
        return with_({ fields: this.fields.map(([n, f]): [string, Field] => [rename(n), f]), options });
      }
    }
    return super.reduce(operation, app_label);
  }
}

/** `migrations.DeleteModel({ name: "Book" })` */
export class DeleteModel extends ModelOperation {
  readonly name: string;

  constructor(args: { name: string }) {
    super();
    this.name = args.name;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    state.remove_model(app_label, this.name);
  }

  database_forwards(step: DatabaseStep): void {
    step.editor.delete_model(model_in(step.from_state, step, this.name));
  }

  database_backwards(step: DatabaseStep): void {
    step.editor.create_model(model_in(step.to_state, step, this.name));
  }

  describe(): string {
    return `Delete model ${this.name}`;
  }

  get migration_name_fragment(): string {
    return `delete_${this.name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "DeleteModel", args: [{ name: this.name }] };
  }

  /** The deleted model's relations may point anywhere. */
  override references_model(): boolean {
    return true;
  }
}

/** `migrations.RenameModel({ old_name: "Book", new_name: "Novel" })`: renames the table and repoints foreign keys. */
export class RenameModel extends Operation {
  readonly old_name: string;
  readonly new_name: string;

  constructor(args: { old_name: string; new_name: string }) {
    super();
    this.old_name = args.old_name;
    this.new_name = args.new_name;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.old_name);
    state.remove_model(app_label, this.old_name);
    model.name = this.new_name;
    state.add_model(model);
    // Relations to the model, and many-to-many fields through it, follow the new name (Django repoints `to` and `through`).
    const old_label = `${app_label}.${this.old_name.toLowerCase()}`;
    const new_label = `${app_label}.${this.new_name.toLowerCase()}`;
    const renamed = (label: unknown) => typeof label === "string" &&
      (label.includes(".") ? label : `${app_label}.${label}`).toLowerCase() === old_label;
    for (const other of state.models.values()) {
      other.fields = other.fields.map(([name, field]) => {
        const spec = field.deconstruct();
        const to = renamed(spec.args[0]);
        const through = renamed(spec.kwargs.through);
        if (!field.is_relation || (!to && !through)) return [name, field];
        return [name, build_field({ ...spec, args: to ? [new_label] : spec.args, kwargs: through ? { ...spec.kwargs, through: new_label } : spec.kwargs })];
      });
    }
  }

  database_forwards(step: DatabaseStep): void {
    rename(step, this.old_name, this.new_name);
  }

  database_backwards(step: DatabaseStep): void {
    rename(step, this.new_name, this.old_name);
  }

  describe(): string {
    return `Rename model ${this.old_name} to ${this.new_name}`;
  }

  get migration_name_fragment(): string {
    return `rename_${this.old_name.toLowerCase()}_${this.new_name.toLowerCase()}`;
  }

  deconstruct(): OperationCall {
    return { name: "RenameModel", args: [{ old_name: this.old_name, new_name: this.new_name }] };
  }

  override references_model(name: string): boolean {
    const lower = name.toLowerCase();
    return lower === this.old_name.toLowerCase() || lower === this.new_name.toLowerCase();
  }

  /** Two renames in a row become one; others may cross it unless they refer to the new name. */
  override reduce(operation: Operation, app_label: string): Operation[] | boolean {
    if (operation instanceof RenameModel && this.new_name.toLowerCase() === operation.old_name.toLowerCase()) {
      return [new RenameModel({ old_name: this.old_name, new_name: operation.new_name })];
    }
    return !operation.references_model(this.new_name, app_label);
  }
}

/**
 * Django's RenameModel.database_forwards: renames the table, alters every relation that
 * points at the model (foreign keys and many-to-many fields; an automatic through table
 * follows its target), then renames the automatic through tables of the model's own
 * many-to-many fields and their key column to the model ("book_id" to "novel_id").
 */
function rename(step: DatabaseStep, from_name: string, to_name: string): void {
  const old_model = model_in(step.from_state, step, from_name);
  const new_model = model_in(step.to_state, step, to_name);
  const to_apps = rendered(step.to_state, step);
  step.editor.alter_db_table(old_model._meta.db_table, new_model._meta.db_table);
  for (const field of relations_to(old_model)) {
    const self = field.model === old_model;
    const holder = self ? new_model : field.model;
    const to_field = local_field(self ? new_model : to_apps.get_model(field.model._meta.label), field.name);
    step.editor.alter_field(holder, field, to_field);
  }
  old_model._meta.many_to_many.forEach((old_field, i) => {
    const new_field = new_model._meta.many_to_many[i];
    if (!new_field || new_field.related_model === new_model || !new_field.through._meta.auto_created) return;
    step.editor.alter_db_table(old_field.through._meta.db_table, new_field.through._meta.db_table);
    step.editor.alter_field(new_field.through, old_field.source_key, new_field.source_key);
  });
}

/**
 * The fields of the registry that point at `model`, in the registry's order (Django:
 * _meta.related_objects): foreign keys with a reverse accessor and every many-to-many
 * field, hidden or not; an automatic through table's keys are left to its field.
 */
function relations_to(model: ModelClass): Field[] {
  return model._meta.apps.get_models().flatMap((other) => [
    ...other._meta.foreign_keys.filter((f) => f.related_model === model && !f.related_name?.endsWith("+")),
    ...other._meta.many_to_many.filter((f) => f.related_model === model),
  ]);
}

/** `migrations.AlterModelOptions({ name: "Book", options: { ordering: ["title"] } })`: Meta options with no effect on the database. */
export class AlterModelOptions extends ModelOptionOperation {
  /** The options this operation owns (Django: ALTER_OPTION_KEYS). */
  static readonly KEYS = ["get_latest_by", "ordering", "verbose_name", "verbose_name_plural"] as const;
  readonly name: string;
  readonly options: ModelOptions;

  constructor(args: { name: string; options: ModelOptions }) {
    super();
    this.name = args.name;
    this.options = args.options;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.name);
    const kept = Object.entries(model.options).filter(([key]) => !(AlterModelOptions.KEYS as readonly string[]).includes(key));
    model.options = { ...Object.fromEntries(kept), ...this.options };
  }

  database_forwards(): void {}

  database_backwards(): void {}

  describe(): string {
    return `Change Meta options on ${this.name}`;
  }

  get migration_name_fragment(): string {
    return `alter_${this.name.toLowerCase()}_options`;
  }

  deconstruct(): OperationCall {
    return { name: "AlterModelOptions", args: [{ name: this.name, options: this.options }] };
  }
}

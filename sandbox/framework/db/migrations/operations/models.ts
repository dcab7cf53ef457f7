/** Operations on whole models (Django: db/migrations/operations/models.py). */
import type { Field } from "../../models/fields";
import { build_field, local_field } from "../field_utils";
import { ModelState, type ModelOptions, type ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall, rendered } from "./base";
import type { ModelClass } from "../../models/model_class";

/** `migrations.CreateModel({ name: "Book", fields: [["id", models.AutoField(...)], ...], options: {...} })` */
export class CreateModel extends Operation {
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
}

/** `migrations.DeleteModel({ name: "Book" })` */
export class DeleteModel extends Operation {
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
export class AlterModelOptions extends Operation {
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

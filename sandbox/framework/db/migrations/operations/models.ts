/** Operations on whole models (Django: db/migrations/operations/models.py). */
import type { Field } from "../../models/fields";
import { build_field, concrete_field } from "../field_utils";
import { ModelState, type ModelOptions, type ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall } from "./base";

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
    const old_label = `${app_label}.${this.old_name.toLowerCase()}`;
    for (const other of state.models.values()) {
      other.fields = other.fields.map(([name, field]) => {
        const spec = field.deconstruct();
        if (!field.is_relation || String(spec.args[0]).toLowerCase() !== old_label) return [name, field];
        return [name, build_field({ ...spec, args: [`${app_label}.${this.new_name.toLowerCase()}`] })];
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

/** Renames the table, then alters every foreign key that pointed at the old model (Django does the same). */
function rename(step: DatabaseStep, from_name: string, to_name: string): void {
  const old_model = model_in(step.from_state, step, from_name);
  const new_model = model_in(step.to_state, step, to_name);
  step.editor.alter_db_table(old_model._meta.db_table, new_model._meta.db_table);
  for (const relation of old_model._meta.related_objects) {
    const self = relation.related_model === old_model;
    const holder = self ? new_model : relation.related_model;
    const target = self ? new_model : step.to_state.render(step.editor.connection).get_model(relation.related_model._meta.label);
    step.editor.alter_field(holder, relation.field, concrete_field(target, relation.field.name));
  }
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

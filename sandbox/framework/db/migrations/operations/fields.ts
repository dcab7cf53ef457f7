/** Operations on one field of a model (Django: db/migrations/operations/fields.py). */
import type { Field } from "../../models/fields";
import { build_field, concrete_field, local_field } from "../field_utils";
import type { ProjectState } from "../state";
import { type DatabaseStep, model_in, Operation, type OperationCall } from "./base";

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

/** `migrations.AddField({ model_name: "book", name: "published", field: models.IntegerField({ default: 2000 }) })` */
export class AddField extends Operation {
  constructor(readonly args: FieldArgs) {
    super();
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
}

/** `migrations.RemoveField({ model_name: "book", name: "published" })` */
export class RemoveField extends Operation {
  constructor(readonly args: { model_name: string; name: string }) {
    super();
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
}

/** `migrations.AlterField({ model_name: "book", name: "title", field: models.CharField({ max_length: 300 }) })` */
export class AlterField extends Operation {
  constructor(readonly args: FieldArgs) {
    super();
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
}

/** `migrations.RenameField({ model_name: "book", old_name: "title", new_name: "name" })` */
export class RenameField extends Operation {
  constructor(readonly args: { model_name: string; old_name: string; new_name: string }) {
    super();
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
}

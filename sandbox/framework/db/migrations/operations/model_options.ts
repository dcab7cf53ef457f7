/**
 * Meta options that change the database (Django: AlterUniqueTogether and AlterModelTable
 * in db/migrations/operations/models.py).
 */
import type { ProjectState } from "../state";
import { type DatabaseStep, model_in, type OperationCall } from "./base";
import { AlterTogetherOptionOperation, ModelOptionOperation } from "./models";

/** `migrations.AlterUniqueTogether({ name: "book", unique_together: [["title", "author"]] })` */
export class AlterUniqueTogether extends AlterTogetherOptionOperation {
  readonly option_name = "unique_together";

  constructor(readonly args: { name: string; unique_together: string[][] }) {
    super();
  }

  get name(): string {
    return this.args.name;
  }

  get option_value(): string[][] {
    return this.args.unique_together;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.args.name);
    const { unique_together: _old, ...rest } = model.options;
    void _old;
    model.options = this.args.unique_together.length ? { ...rest, unique_together: this.args.unique_together } : rest;
  }

  // Backwards is forwards between the swapped states, as in Django.
  database_forwards(step: DatabaseStep): void {
    const old_model = model_in(step.from_state, step, this.args.name);
    const new_model = model_in(step.to_state, step, this.args.name);
    step.editor.alter_unique_together(new_model, old_model._meta.unique_together, new_model._meta.unique_together);
  }

  database_backwards(step: DatabaseStep): void {
    this.database_forwards(step);
  }

  describe(): string {
    return `Alter unique_together for ${this.args.name} (${this.args.unique_together.length} constraint(s))`;
  }

  get migration_name_fragment(): string {
    return `alter_${this.args.name.toLowerCase()}_unique_together`;
  }

  deconstruct(): OperationCall {
    return { name: "AlterUniqueTogether", args: [{ ...this.args }] };
  }
}

/**
 * `migrations.AlterModelTable({ name: "book", table: "library_books" })`; `table: null`
 * returns to the default name. Automatic through tables are renamed with it.
 */
export class AlterModelTable extends ModelOptionOperation {
  constructor(readonly args: { name: string; table: string | null }) {
    super();
  }

  get name(): string {
    return this.args.name;
  }

  state_forwards(app_label: string, state: ProjectState): void {
    const model = state.get_model(app_label, this.args.name);
    const { db_table: _old, ...rest } = model.options;
    void _old;
    model.options = this.args.table === null ? rest : { ...rest, db_table: this.args.table };
  }

  database_forwards(step: DatabaseStep): void {
    const old_model = model_in(step.from_state, step, this.args.name);
    const new_model = model_in(step.to_state, step, this.args.name);
    step.editor.alter_db_table(old_model._meta.db_table, new_model._meta.db_table);
    // Automatic through tables are named after the model's table, so they follow it.
    new_model._meta.many_to_many.forEach((field, i) => {
      const old_through = old_model._meta.many_to_many[i]?.through;
      if (old_through && field.through._meta.auto_created) step.editor.alter_db_table(old_through._meta.db_table, field.through._meta.db_table);
    });
  }

  database_backwards(step: DatabaseStep): void {
    this.database_forwards(step);
  }

  describe(): string {
    return `Rename table for ${this.args.name} to ${this.args.table ?? "(default)"}`;
  }

  get migration_name_fragment(): string {
    return `alter_${this.args.name.toLowerCase()}_table`;
  }

  deconstruct(): OperationCall {
    return { name: "AlterModelTable", args: [{ ...this.args }] };
  }
}

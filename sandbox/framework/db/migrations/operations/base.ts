/**
 * Operation (Django: db/migrations/operations/base.py): one step of a migration. It
 * changes the project state (state_forwards) and the database (database_forwards and
 * database_backwards), says what it does (describe) and how it is written (deconstruct).
 */
import type { Apps } from "../../../apps/registry";
import type { ModelClass } from "../../models/model_class";
import type { SchemaEditor } from "../schema_editor";
import type { ProjectState } from "../state";

/** What an operation needs to change the database: the editor and the states around it. */
export interface DatabaseStep {
  app_label: string;
  editor: SchemaEditor;
  from_state: ProjectState;
  to_state: ProjectState;
}

/** A call as written in a migration file: `migrations.<name>(...args)`. */
export interface OperationCall {
  name: string;
  args: unknown[];
}

/** Base of every migration operation. */
export abstract class Operation {
  /** False when the operation cannot be unapplied (RunSQL without reverse_sql, ...). */
  get reversible(): boolean {
    return true;
  }

  /** False when sqlmigrate cannot show the operation as SQL (RunCode). */
  get reduces_to_sql(): boolean {
    return true;
  }

  /** Changes `state` (a clone the operation may edit) to the state after this operation. */
  abstract state_forwards(app_label: string, state: ProjectState): void;
  abstract database_forwards(step: DatabaseStep): void;
  abstract database_backwards(step: DatabaseStep): void;
  /** One line for makemigrations and sqlmigrate, e.g. "Create model Book". */
  abstract describe(): string;
  /** The part of a migration name this operation suggests ("book_published"), if any. */
  abstract get migration_name_fragment(): string | undefined;
  abstract deconstruct(): OperationCall;

  /**
   * Whether this operation may refer to model `name` (Django: references_model), used by
   * the optimizer; when in doubt true, which only makes the optimizer do less.
   */
  references_model(_name: string, _app_label: string): boolean {
    return true;
  }

  /** Whether this operation may refer to field `name` of `model_name` (Django: references_field). */
  references_field(model_name: string, _name: string, app_label: string): boolean {
    return this.references_model(model_name, app_label);
  }

  /**
   * Django's Operation.reduce: the operations that replace this one followed by
   * `operation`, or whether `operation` may be moved across this one (true) or not.
   */
  reduce(_operation: Operation, _app_label: string): Operation[] | boolean {
    return false;
  }

  /** "<AddField: Add field published to book>", for error messages. */
  toString(): string {
    return `<${this.constructor.name}: ${this.describe()}>`;
  }
}

/** The rendered model `app_label.name` in `state` (its historical class). */
export function model_in(state: ProjectState, step: DatabaseStep, name: string): ModelClass {
  return rendered(state, step).get_model(`${step.app_label}.${name}`);
}

/** The rendered registry of `state` on the step's connection. */
export function rendered(state: ProjectState, step: DatabaseStep): Apps {
  return state.render(step.editor.connection);
}

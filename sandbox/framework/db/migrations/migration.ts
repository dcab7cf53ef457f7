/**
 * Migration (Django: db/migrations/migration.py). Learners write `export class Migration
 * extends migrations.Migration` with static dependencies and operations; the loader
 * reads those into a LoadedMigration, which applies and unapplies them.
 */
import type { Operation } from "./operations/base";
import type { SchemaEditor } from "./schema_editor";
import type { ProjectState } from "./state";

/** Base class of a migration file's `Migration`. */
export class Migration {
  /** True for an app's first migration. */
  static initial = false;
  /** `[["books", "0001_initial"]]`: migrations that must run first. */
  static dependencies: Array<[string, string]> = [];
  static operations: Operation[] = [];
  /** Run inside one transaction (Django's default). */
  static atomic = true;
}

/** A migration that cannot be unapplied (Django: IrreversibleError). */
export class IrreversibleError extends Error {
  override name = "IrreversibleError";
}

/** A migration read from `<app>/migrations/<name>.ts`. */
export class LoadedMigration {
  constructor(
    readonly app_label: string,
    readonly name: string,
    readonly dependencies: Array<[string, string]>,
    readonly operations: Operation[],
    readonly initial: boolean,
    readonly atomic: boolean,
  ) {}

  /** "books/migrations/0001_initial.ts": where the learner finds it. */
  get file(): string {
    return `${this.app_label}/migrations/${this.name}.ts`;
  }

  /** "books.0001_initial" */
  toString(): string {
    return `${this.app_label}.${this.name}`;
  }

  /** Runs the operations forwards from `state`; returns the state after them. */
  apply(state: ProjectState, editor: SchemaEditor): ProjectState {
    let current = state;
    this.operations.forEach((operation, index) => {
      if (!this.comment(editor, operation)) return;
      const next = current.clone();
      operation.state_forwards(this.app_label, next);
      // sqlmigrate builds the first operation's states in Django's other order (see changed_field_first).
      editor.changed_field_first = editor.collect_sql && index === 0;
      this.guard(operation, index, () => operation.database_forwards({ app_label: this.app_label, editor, from_state: current, to_state: next }));
      current = next;
    });
    return current;
  }

  /** Undoes the operations in reverse, given the state before this migration. */
  unapply(state: ProjectState, editor: SchemaEditor): void {
    const steps: Array<{ operation: Operation; index: number; before: ProjectState; after: ProjectState }> = [];
    let current = state;
    this.operations.forEach((operation, index) => {
      if (!operation.reversible) throw new IrreversibleError(`Operation ${String(operation)} in ${String(this)} is not reversible (${this.file}).`);
      const next = current.clone();
      operation.state_forwards(this.app_label, next);
      steps.unshift({ operation, index, before: current, after: next });
      current = next;
    });
    for (const { operation, index, before, after } of steps) {
      if (!this.comment(editor, operation)) continue;
      editor.changed_field_first = true; // the state before was built first (see changed_field_first)
      this.guard(operation, index, () => operation.database_backwards({ app_label: this.app_label, editor, from_state: after, to_state: before }));
    }
  }

  /** sqlmigrate's "-- Create model Book" header; false when the operation has no SQL to show. */
  private comment(editor: SchemaEditor, operation: Operation): boolean {
    if (!editor.collect_sql) return true;
    editor.collected.push("--");
    if (!operation.reduces_to_sql) editor.collected.push("-- MIGRATION NOW PERFORMS OPERATION THAT CANNOT BE WRITTEN AS SQL:");
    editor.collected.push(`-- ${operation.describe()}`, "--");
    return operation.reduces_to_sql;
  }

  /** Adds which migration file and operation failed to an error, keeping its class. */
  private guard(operation: Operation, index: number, run: () => void): void {
    try {
      run();
    } catch (error) {
      if (error instanceof Error && !error.message.includes(this.file)) {
        error.message += `\n  in operation #${index + 1} (${operation.describe()}) of ${this.file}`;
      }
      throw error;
    }
  }
}

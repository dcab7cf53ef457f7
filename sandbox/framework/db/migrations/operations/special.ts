/**
 * Hand-written operations (Django: db/migrations/operations/special.py): RunSQL, and
 * RunCode, the TypeScript stand-in for RunPython, for data migrations.
 */
import type { Apps } from "../../../apps/registry";
import type { SchemaEditor } from "../schema_editor";
import { type DatabaseStep, Operation, type OperationCall, rendered } from "./base";

/** Splits SQL text into statements at semicolons outside quotes and comments. */
export function split_sql(sql: string): string[] {
  const statements = sql.match(/(?:'[^']*'|"[^"]*"|--[^\n]*|\/\*[\s\S]*?\*\/|[^;'"-/]|-(?!-)|\/(?!\*))+;?/g) ?? [];
  return statements.map((s) => s.trim()).filter((s) => s && s !== ";");
}

/** `migrations.RunSQL("UPDATE ...", "UPDATE ...")`: SQL run as written; without reverse_sql it cannot be unapplied. */
export class RunSQL extends Operation {
  /** Django's RunSQL.noop: a reverse that does nothing. */
  static readonly noop = "";

  constructor(readonly sql: string | string[], readonly reverse_sql?: string | string[]) {
    super();
  }

  override get reversible(): boolean {
    return this.reverse_sql !== undefined;
  }

  state_forwards(): void {}

  database_forwards(step: DatabaseStep): void {
    run(step.editor, this.sql);
  }

  database_backwards(step: DatabaseStep): void {
    if (this.reverse_sql !== undefined) run(step.editor, this.reverse_sql);
  }

  describe(): string {
    return "Raw SQL operation";
  }

  get migration_name_fragment(): undefined {
    return undefined;
  }

  deconstruct(): OperationCall {
    return { name: "RunSQL", args: this.reverse_sql === undefined ? [this.sql] : [this.sql, this.reverse_sql] };
  }
}

function run(editor: SchemaEditor, sql: string | string[]): void {
  for (const statement of (Array.isArray(sql) ? sql : [sql]).flatMap(split_sql)) editor.execute(statement);
}

/** A data migration function: `apps` holds the historical models (`apps.get_model("books.Book")`). */
export type RunCodeFunction = (apps: Apps, schema_editor: SchemaEditor) => void;

/** `migrations.RunCode(forwards, backwards?)`: Django's RunPython; RunCode.noop as a do-nothing reverse. */
export class RunCode extends Operation {
  /** Django's RunPython.noop. */
  static readonly noop: RunCodeFunction = () => undefined;

  constructor(readonly code: RunCodeFunction, readonly reverse_code?: RunCodeFunction) {
    super();
  }

  override get reversible(): boolean {
    return this.reverse_code !== undefined;
  }

  override get reduces_to_sql(): boolean {
    return false;
  }

  state_forwards(): void {}

  database_forwards(step: DatabaseStep): void {
    this.code(rendered(step.from_state, step), step.editor);
  }

  database_backwards(step: DatabaseStep): void {
    this.reverse_code?.(rendered(step.from_state, step), step.editor);
  }

  describe(): string {
    return "Raw code operation";
  }

  get migration_name_fragment(): undefined {
    return undefined;
  }

  deconstruct(): OperationCall {
    throw new TypeError("RunCode cannot be written by makemigrations: write it in the migration file by hand.");
  }
}

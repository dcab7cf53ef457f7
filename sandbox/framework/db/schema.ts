/**
 * Column definitions and creating tables, with the DDL Django writes for SQLite; the
 * statements themselves come from the one schema editor (db/migrations/schema_editor.ts).
 */
import type { Apps } from "../apps/registry";
import type { Connection } from "./backends/sqljs/base";
import { SchemaEditor } from "./migrations/schema_editor";
import type { Field } from "./models/fields";
import { AutoField } from "./models/fields";
import { ForeignKey } from "./models/fields/related";
import type { ModelClass } from "./models/model_class";
import { quote } from "./models/sql/compiler";

/** The column definition: `"author_id" integer NOT NULL REFERENCES "books_author" ("id") DEFERRABLE INITIALLY DEFERRED`. */
export function column_sql(field: Field): string {
  const parts = [quote(field.column), field.db_type(), field.null ? "NULL" : "NOT NULL"];
  if (field.primary_key) parts.push("PRIMARY KEY");
  if (field instanceof AutoField) parts.push("AUTOINCREMENT");
  else if (field.unique && !field.primary_key) parts.push("UNIQUE");
  if (field instanceof ForeignKey) {
    parts.push(`REFERENCES ${quote(field.related_model._meta.db_table)} (${quote(field.target_field.column)}) DEFERRABLE INITIALLY DEFERRED`);
  }
  return parts.join(" ");
}

/** The statements Django's schema editor writes to create `model` (sqlmigrate's text). */
export function table_sql(model: ModelClass, connection: Connection): string[] {
  const editor = new SchemaEditor(connection, true);
  editor.create_model(model);
  editor.flush_deferred();
  return editor.collected;
}

/**
 * Creates the tables of `apps`' models that have none yet, with Django's schema editor (migrate's syncdb for apps without migrations). Returns the
 * tables created; `only` limits it to some app labels.
 */
export function create_tables(apps: Apps, only?: ReadonlySet<string>): string[] {
  const connection = apps.connection;
  const existing = new Set(connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows.map((row) => String(row[0])));
  // Automatic through models are created with the model of their field.
  const models = apps.get_models().filter((m) => !m._meta.auto_created && !existing.has(m._meta.db_table) && (!only || only.has(m._meta.app_label)));
  const editor = new SchemaEditor(connection);
  for (const model of models) editor.create_model(model);
  editor.flush_deferred();
  return models.map((model) => model._meta.db_table);
}

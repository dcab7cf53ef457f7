/**
 * Creating tables (Django: db/backends/base/schema.py and sqlite3/schema.py), with the
 * DDL Django writes for SQLite.
 */
import type { Apps } from "../apps/registry";
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

/** `CREATE TABLE` for one model plus its index statements, as Django's schema editor writes them. */
export function table_sql(model: ModelClass): string[] {
  const meta = model._meta;
  const columns = meta.fields.map(column_sql);
  for (const together of meta.unique_together) {
    columns.push(`UNIQUE (${together.map((name) => quote(meta.get_field(name) instanceof ForeignKey
      ? `${name}_id` : name)).join(", ")})`);
  }
  for (const constraint of meta.constraints) {
    const inline = constraint.constraint_sql(model);
    if (inline) columns.push(inline);
  }
  const statements = [`CREATE TABLE IF NOT EXISTS ${quote(meta.db_table)} (${columns.join(", ")})`];
  for (const field of meta.fields) {
    if (field.db_index && !field.unique) {
      statements.push(`CREATE INDEX IF NOT EXISTS ${quote(`${meta.db_table}_${field.column}_idx`)} ON ${quote(meta.db_table)} (${quote(field.column)})`);
    }
  }
  for (const constraint of meta.constraints) {
    const separate = constraint.create_sql(model);
    if (separate) statements.push(separate);
  }
  for (const index of meta.indexes) statements.push(index.create_sql(model));
  return statements;
}

/** Creates the table of every registered model that has none yet; returns the tables created. */
export function create_tables(apps: Apps): string[] {
  const existing = new Set(apps.connection
    .execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows.map((row) => String(row[0])));
  const created: string[] = [];
  for (const model of apps.get_models()) {
    if (existing.has(model._meta.db_table)) continue;
    for (const statement of table_sql(model)) apps.connection.execute(statement);
    created.push(model._meta.db_table);
  }
  return created;
}

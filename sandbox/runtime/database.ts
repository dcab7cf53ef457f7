/**
 * The database browser's side of the sandbox: the schema as SQLite reports it, and
 * Django's `flush` and `dumpdata` over the loaded project's models.
 */
import type { Database } from "sql.js";
import type { Project } from "../framework";
import type { TableInfo } from "../protocol";
import { dumpdata as dumpdata_command } from "../framework/core/management/commands/dumpdata";

/** Every user table with its columns, foreign keys and row count. */
export function listTables(database: Database): TableInfo[] {
  const names = rows(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return names.map(([name]) => {
    const table = String(name);
    const quoted = quoteName(table);
    const keys = new Map(rows(database, `PRAGMA foreign_key_list(${quoted})`).map((row) => [String(row[3]), `${String(row[2])}.${String(row[4])}`]));
    const columns = rows(database, `PRAGMA table_info(${quoted})`).map((row) => {
      const column = String(row[1]);
      const references = keys.get(column);
      return { name: column, type: String(row[2]), notNull: row[3] === 1, primaryKey: Number(row[5]) > 0, ...(references ? { references } : {}) };
    });
    const rowCount = Number(rows(database, `SELECT count(*) FROM ${quoted}`)[0]?.[0] ?? 0);
    return { name: table, columns, rowCount };
  });
}

/** `"name"`, with inner quotes doubled, as SQLite quotes identifiers. */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Django's `dumpdata --indent 2`: every model's rows as a fixture (a JSON list of {model, pk, fields}). */
export function dumpdata(project: Project): string {
  return dumpdata_command(project, { indent: 2 }).output;
}

/** Django's flush: deletes every row of every model's table; returns how many rows went. */
export function flush(project: Project): number {
  const connection = project.connection;
  return connection.atomic(() => {
    let deleted = 0;
    // Children first, so foreign keys never point at a deleted row mid-way.
    for (const model of [...project.apps.get_models()].reverse()) {
      deleted += connection.execute(`DELETE FROM ${quoteName(model._meta.db_table)}`).rowsModified;
    }
    return deleted;
  });
}

function rows(database: Database, sql: string): unknown[][] {
  return database.exec(sql)[0]?.values ?? [];
}

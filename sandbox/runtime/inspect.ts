/**
 * The query inspector's "on demand" views of a recorded query: SQLite's query plan, and
 * the rows it returns, re-run read-only. Runs on the raw database, so nothing it does is
 * traced, recorded in the history or persisted.
 */
import type { Database, SqlValue } from "sql.js";
import type { InspectWhat, SqlParam, SqlTable } from "../protocol";

/** Rows shown when a query is re-run; the rest are counted, not sent. */
export const MAX_INSPECT_ROWS = 100;

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;

export interface Inspection {
  table: SqlTable;
  /** Rows left out past MAX_INSPECT_ROWS. */
  more: number;
}

/**
 * EXPLAIN QUERY PLAN for any statement, or the rows of a SELECT. The SELECT runs inside
 * a savepoint that is rolled back, so even a function with side effects changes nothing.
 */
export function inspectQuery(database: Database, what: InspectWhat, sql: string, params: SqlParam[]): Inspection {
  if (what === "plan") return { table: run(database, `EXPLAIN QUERY PLAN ${sql}`, params, Infinity).table, more: 0 };
  if (!READ_ONLY.test(sql)) throw new Error("Only a SELECT can be re-run here: it would change the database.");
  database.exec("SAVEPOINT mvt_inspect");
  try {
    return run(database, sql, params, MAX_INSPECT_ROWS);
  } finally {
    database.exec("ROLLBACK TO mvt_inspect; RELEASE mvt_inspect");
  }
}

function run(database: Database, sql: string, params: SqlParam[], cap: number): Inspection {
  const statement = database.prepare(sql);
  try {
    statement.bind(params as SqlValue[]);
    const rows: unknown[][] = [];
    let more = 0;
    while (statement.step()) {
      if (rows.length < cap) rows.push(statement.get());
      else more++;
    }
    return { table: { columns: statement.getColumnNames(), rows }, more };
  } finally {
    statement.free();
  }
}

/**
 * Prepared statements kept per SQL text, as a database driver's statement cache does:
 * an ORM sends the same few statements again and again (get(pk=) in a loop, a lazy
 * relation per row, one INSERT per save), and preparing costs as much as running them.
 */
import type { SqlJsDatabaseLike, SqlJsStatementLike, SqlValue } from "./base";

/** Statements kept at most; the least recently used one is freed first. */
const CAPACITY = 64;

/** What running one statement returned. */
export interface StatementRows {
  columns: string[];
  rows: unknown[][];
}

/** Runs statements through prepared statements kept per SQL text. */
export class StatementCache {
  private readonly prepared = new Map<string, SqlJsStatementLike>();

  constructor(private readonly database: SqlJsDatabaseLike) {}

  /**
   * Runs `sql` with `params` and reads every row. The statement is reset afterwards, so
   * it holds no lock and no bound values while it waits in the cache (sql.js finalizes
   * the cached ones when the database is closed). A statement that fails is dropped.
   */
  run(sql: string, params: SqlValue[]): StatementRows {
    const statement = this.take(sql);
    let ok = false;
    try {
      statement.bind(params);
      const rows: unknown[][] = [];
      while (statement.step()) rows.push(statement.get());
      const columns = statement.getColumnNames();
      ok = true;
      return { columns, rows };
    } finally {
      if (ok) this.keep(sql, statement);
      else statement.free();
    }
  }

  /** Takes the statement for `sql` out of the cache, or prepares it. */
  private take(sql: string): SqlJsStatementLike {
    const cached = this.prepared.get(sql);
    if (!cached) return this.database.prepare(sql);
    this.prepared.delete(sql);
    return cached;
  }

  /** Puts a statement back as the most recently used, freeing the least recently used past CAPACITY. */
  private keep(sql: string, statement: SqlJsStatementLike): void {
    statement.reset();
    this.prepared.set(sql, statement);
    if (this.prepared.size <= CAPACITY) return;
    const [oldest, stale] = this.prepared.entries().next().value as [string, SqlJsStatementLike];
    this.prepared.delete(oldest);
    stale.free();
  }
}

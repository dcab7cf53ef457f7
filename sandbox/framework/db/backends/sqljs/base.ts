/**
 * The sql.js backend (Django: db/backends/sqlite3/base.py). The framework never imports
 * sql.js: it talks to "the subset of sql.js's Database we need", so the same code runs in
 * a Worker, in Node and in tests.
 */
import type { NPlusOneFlag } from "../../../../protocol";
import type { Tracer } from "../../../core/trace";
import { DatabaseError, IntegrityError, OperationalError } from "../../utils";
import { adapt } from "./operations";
import { StatementCache } from "./statements";

/** A value sql.js can bind. */
export type SqlValue = number | string | Uint8Array | null;

/** The part of sql.js's Statement the backend uses. */
export interface SqlJsStatementLike {
  bind(values?: SqlValue[]): boolean;
  step(): boolean;
  get(): SqlValue[];
  getColumnNames(): string[];
  reset(): unknown;
  free(): boolean;
}

/** The part of sql.js's Database the backend uses. */
export interface SqlJsDatabaseLike {
  prepare(sql: string): SqlJsStatementLike;
  run(sql: string): unknown;
  getRowsModified(): number;
  create_function(name: string, fn: (...args: never[]) => SqlValue): unknown;
}

/** What one statement returned. */
export interface ExecuteResult {
  columns: string[];
  rows: unknown[][];
  /** Rows changed by an INSERT, UPDATE or DELETE. */
  rowsModified: number;
  /** The rowid of the last INSERT (Django's cursor.lastrowid). */
  lastInsertRowid: number;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|REPLACE)\b/i;
const INSERT = /^\s*INSERT/i;
const LAST_ROWID = "SELECT last_insert_rowid()";

/** One database connection: runs statements, records each on the tracer, manages transactions. */
export class Connection {
  readonly tracer: Tracer;
  private readonly database: SqlJsDatabaseLike;
  private readonly statements: StatementCache;
  private writeCount = 0;
  private readonly savepoints: string[] = [];
  private savepointCounter = 0;
  /** on_commit() callbacks, with how many savepoints were open when each was registered. */
  private run_on_commit: Array<{ depth: number; fn: () => void }> = [];

  constructor(database: SqlJsDatabaseLike, tracer: Tracer) {
    this.database = database;
    this.tracer = tracer;
    this.statements = new StatementCache(database);
    database.run("PRAGMA foreign_keys = ON");
    database.create_function("regexp", regexp);
  }

  /** Number of writes (INSERT/UPDATE/DELETE/DDL) since the connection was made. */
  get writes(): number {
    return this.writeCount;
  }

  /** True inside atomic(). */
  get in_atomic_block(): boolean {
    return this.savepoints.length > 0;
  }

  /**
   * Runs one statement with `?` placeholders and records it on the tracer, with where it
   * came from (the learner's file:line, the template line) and the N+1 flag if given.
   */
  execute(sql: string, params: unknown[] = [], meta: { nPlusOne?: NPlusOneFlag } = {}): ExecuteResult {
    const template = this.tracer.currentTemplate();
    const started = performance.now();
    let result: ExecuteResult | undefined;
    try {
      result = this.run(sql, params.map(adapt));
      return result;
    } finally {
      // Failed statements are recorded too, as Django's CaptureQueriesContext does.
      this.tracer.record({
        sql,
        params,
        durationMs: performance.now() - started,
        rowCount: result ? result.rows.length || result.rowsModified : 0,
        ...(template ? { template } : {}),
        ...(meta.nPlusOne ? { nPlusOne: meta.nPlusOne } : {}),
      });
    }
  }

  /**
   * Runs `fn` in a transaction (a savepoint when nested, unless `savepoint: false`); rolls
   * back if it throws and rethrows. Django: transaction.atomic().
   */
  atomic<T>(fn: () => T, options: { savepoint?: boolean } = {}): T {
    if (options.savepoint === false && this.in_atomic_block) return fn();
    const id = this.savepoint();
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.savepoint_rollback(id);
      throw error;
    }
    this.savepoint_commit(id);
    return result;
  }

  /**
   * Runs `fn` when the outermost transaction commits (now, outside one); dropped if the
   * transaction or savepoint it was registered in rolls back. Django: transaction.on_commit().
   */
  on_commit(fn: () => void): void {
    if (this.in_atomic_block) this.run_on_commit.push({ depth: this.savepoints.length, fn });
    else fn();
  }

  /**
   * Opens a transaction, or a savepoint inside one; returns its id. As in Django, BEGIN
   * and the savepoint statements are recorded, COMMIT and the outer ROLLBACK are not.
   */
  savepoint(): string {
    this.savepointCounter += 1;
    const id = `s${this.savepointCounter}`;
    this.execute(this.savepoints.length === 0 ? "BEGIN" : `SAVEPOINT "${id}"`);
    this.savepoints.push(id);
    return id;
  }

  /** Undoes everything since `savepoint()` returned `id`, with the on_commit callbacks registered since. */
  savepoint_rollback(id: string): void {
    const depth = this.savepoints.length;
    const outer = this.pop(id);
    this.run_on_commit = this.run_on_commit.filter((c) => c.depth < depth);
    if (outer) {
      this.run("ROLLBACK", []);
      return;
    }
    this.execute(`ROLLBACK TO SAVEPOINT "${id}"`);
    this.run(`RELEASE SAVEPOINT "${id}"`, []);
  }

  /** Keeps everything since `savepoint()` returned `id`; the outermost commit runs the on_commit callbacks. */
  savepoint_commit(id: string): void {
    const depth = this.savepoints.length;
    if (!this.pop(id)) {
      this.execute(`RELEASE SAVEPOINT "${id}"`);
      for (const callback of this.run_on_commit) if (callback.depth === depth) callback.depth = depth - 1;
      return;
    }
    this.run("COMMIT", []);
    const callbacks = this.run_on_commit;
    this.run_on_commit = [];
    for (const { fn } of callbacks) fn();
  }

  private pop(id: string): boolean {
    if (this.savepoints[this.savepoints.length - 1] !== id) {
      throw new DatabaseError(
        `Savepoint ${id} is not the innermost open one (open: ${this.savepoints.join(", ") || "none"}). ` +
        "Close savepoints in the reverse order they were opened.");
    }
    this.savepoints.pop();
    return this.savepoints.length === 0;
  }

  private run(sql: string, params: SqlValue[]): ExecuteResult {
    try {
      const { columns, rows } = this.statements.run(sql, params);
      const isWrite = WRITE.test(sql);
      if (isWrite) this.writeCount += 1;
      return {
        columns,
        rows,
        rowsModified: isWrite ? this.database.getRowsModified() : 0,
        lastInsertRowid: INSERT.test(sql) ? Number(this.statements.run(LAST_ROWID, []).rows[0]?.[0]) : 0,
      };
    } catch (error) {
      throw wrapError(error, sql);
    }
  }
}

/** SQLite's `value REGEXP pattern`; a leading "(?i)" (Python's inline flag, from iregex) ignores case. */
function regexp(pattern: string | null, value: SqlValue): number {
  if (pattern === null || value === null) return 0;
  const insensitive = pattern.startsWith("(?i)");
  return new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? "i" : "").test(String(value)) ? 1 : 0;
}

function wrapError(error: unknown, sql: string): Error {
  if (error instanceof DatabaseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const full = `${message}\n  while running: ${sql}`;
  if (/constraint failed/i.test(message)) return new IntegrityError(full);
  if (/no such table/i.test(message)) {
    return new OperationalError(`${full}\n  The table does not exist yet: create it (migrate) before querying.`);
  }
  return new OperationalError(full);
}

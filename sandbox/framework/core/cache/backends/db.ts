/**
 * DatabaseCache, as in Django's core/cache/backends/db.py: entries in a table of the
 * project's database (`CACHES = { default: { BACKEND: "django.core.cache.backends.db.DatabaseCache", LOCATION: "my_cache_table" } }`),
 * created by `createcachetable`. Every cache call is an SQL query you can see in the trace.
 * Values are stored as pickled JSON text (pickle.ts; Django pickles them), so a Django process cannot read mvt's entries.
 */
import { ImproperlyConfigured } from "../../exceptions";
import { default_connection } from "../../../db/connection";
import type { Connection } from "../../../db/backends/sqljs/base";
import { BaseCache, type CacheParams } from "./base";
import { from_text, to_text, type Pickled } from "../pickle";

/** Django's "forever": datetime.max, as SQLite text. */
const FOREVER = "9999-12-31 23:59:59.999999";

/** A JavaScript time as Django stores a datetime in SQLite ("2024-05-01 12:00:00.123000", UTC). */
function sql_datetime(ms: number): string {
  return `${new Date(ms).toISOString().replace("T", " ").replace("Z", "")}000`;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A cache in a database table: cache_key (primary key), value, expires. */
export class DatabaseCache extends BaseCache {
  readonly table: string;

  constructor(params: CacheParams = {}) {
    super(params);
    if (!params.LOCATION) throw new ImproperlyConfigured("DatabaseCache needs LOCATION: the name of its table, e.g. \"my_cache_table\" (then run createcachetable).");
    this.table = params.LOCATION;
  }

  private get db(): Connection {
    return default_connection();
  }

  protected raw_get(key: string): { value: Pickled } | undefined {
    const row = this.db.execute(`SELECT "cache_key", "value", "expires" FROM ${quote(this.table)} WHERE "cache_key" IN (?)`, [key]).rows[0];
    if (!row) return undefined;
    if (String(row[2]) < sql_datetime(Date.now())) {
      this.db.execute(`DELETE FROM ${quote(this.table)} WHERE "cache_key" IN (?)`, [key]);
      return undefined;
    }
    return { value: from_text(String(row[1])) };
  }

  protected raw_set(key: string, value: Pickled, expires: number | null): void {
    const table = quote(this.table);
    this.db.atomic(() => {
      const count = Number(this.db.execute(`SELECT COUNT(*) FROM ${table}`).rows[0]?.[0] ?? 0);
      if (count > this.max_entries) this.cull();
      const stored = [to_text(value), expires === null ? FOREVER : sql_datetime(expires)];
      const exists = this.db.execute(`SELECT "cache_key", "expires" FROM ${table} WHERE "cache_key" = ?`, [key]).rows.length > 0;
      if (exists) this.db.execute(`UPDATE ${table} SET "value" = ?, "expires" = ? WHERE "cache_key" = ?`, [...stored, key]);
      else this.db.execute(`INSERT INTO ${table} ("cache_key", "value", "expires") VALUES (?, ?, ?)`, [key, ...stored]);
    });
  }

  protected raw_delete(key: string): boolean {
    return this.db.execute(`DELETE FROM ${quote(this.table)} WHERE "cache_key" IN (?)`, [key]).rowsModified > 0;
  }

  protected raw_touch(key: string, expires: number | null): boolean {
    const now = sql_datetime(Date.now());
    const sql = `UPDATE ${quote(this.table)} SET "expires" = ? WHERE "cache_key" = ? AND "expires" >= ?`;
    return this.db.execute(sql, [expires === null ? FOREVER : sql_datetime(expires), key, now]).rowsModified > 0;
  }

  protected override expiry(key: string): number | null {
    const found = this.db.execute(`SELECT "expires" FROM ${quote(this.table)} WHERE "cache_key" = ?`, [key]).rows[0]?.[0];
    return found === undefined || found === FOREVER ? null : Date.parse(`${String(found).replace(" ", "T")}Z`);
  }

  clear(): void {
    this.db.execute(`DELETE FROM ${quote(this.table)}`);
  }

  /** Django's _cull: drops expired entries, then the first 1/CULL_FREQUENCY by key (all with 0). */
  private cull(): void {
    const table = quote(this.table);
    this.db.execute(`DELETE FROM ${table} WHERE "expires" < ?`, [sql_datetime(Date.now())]);
    const count = Number(this.db.execute(`SELECT COUNT(*) FROM ${table}`).rows[0]?.[0] ?? 0);
    if (count <= this.max_entries) return;
    if (this.cull_frequency === 0) return this.clear();
    const cut = this.db.execute(`SELECT "cache_key" FROM ${table} ORDER BY "cache_key" LIMIT 1 OFFSET ?`, [Math.floor(count / this.cull_frequency)]).rows[0]?.[0];
    if (cut !== undefined) this.db.execute(`DELETE FROM ${table} WHERE "cache_key" < ?`, [cut]);
  }
}

/**
 * Django's `createcachetable`: makes the table of every DatabaseCache in `caches`
 * (settings.CACHES) that does not exist yet; returns what it did, one line per table.
 */
export function createcachetable(caches: Record<string, Record<string, unknown>>, connection: Connection = default_connection()): string[] {
  const done: string[] = [];
  for (const params of Object.values(caches)) {
    if (!/\.db\.DatabaseCache$/.test(String(params["BACKEND"] ?? ""))) continue;
    const table = String(params["LOCATION"] ?? "");
    if (!table) throw new ImproperlyConfigured("DatabaseCache needs LOCATION: the name of its table.");
    const exists = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).rows.length > 0;
    if (exists) {
      done.push(`Cache table '${table}' already exists.`);
      continue;
    }
    connection.atomic(() => {
      connection.execute(`CREATE TABLE ${quote(table)} ("cache_key" varchar(255) NOT NULL PRIMARY KEY, "value" text NOT NULL, "expires" datetime NOT NULL)`);
      connection.execute(`CREATE INDEX ${quote(`${table}_expires`)} ON ${quote(table)} ("expires")`);
    });
    done.push(`Cache table '${table}' created.`);
  }
  return done;
}

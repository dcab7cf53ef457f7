/**
 * How values are stored on SQLite, as Django stores them (db/backends/sqlite3/operations.py):
 * booleans as 0/1, datetimes as "YYYY-MM-DD HH:MM:SS[.ffffff]" text in UTC.
 */
import type { SqlValue } from "./base";

/** Formats a Date as Django stores a datetime on SQLite (UTC, microseconds only when non-zero). */
export function formatDatetime(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new TypeError("Invalid Date cannot be stored in the database.");
  const iso = value.toISOString(); // 2024-01-02T03:04:05.678Z
  const ms = value.getUTCMilliseconds();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? `.${String(ms * 1000).padStart(6, "0")}` : ""}`;
}

/** Parses a datetime stored by formatDatetime (or by Django) back into a Date. */
export function parseDatetime(value: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,6}))?/.exec(value);
  if (!match) return new Date(Number.NaN);
  const ms = match[3] ? Math.floor(Number(match[3].padEnd(6, "0")) / 1000) : 0;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  date.setUTCMilliseconds(ms);
  return date;
}

/** Turns a JavaScript value into one sql.js can bind. */
export function adapt(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "string" || value instanceof Uint8Array) return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return formatDatetime(value);
  if (typeof value === "object") return JSON.stringify(value);
  throw new TypeError(`Cannot store a ${typeof value} in the database: ${String(value)}`);
}

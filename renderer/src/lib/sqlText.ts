/** SQL as the query inspector shows it: formatted for SQLite, parameters inlined as literals. */
import { format } from "sql-formatter";
import type { SqlParam } from "../../../sandbox/protocol";

/** A parameter as a SQL literal: 'it''s', 42, NULL, X'0a0b'. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Uint8Array) return `X'${[...value].map((byte) => byte.toString(16).padStart(2, "0")).join("")}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** A recorded parameter as the sandbox binds it again (booleans as 0/1, dates as text). */
export function bindable(value: unknown): SqlParam {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return String(value);
}

/**
 * The statement laid out on lines (sqlite dialect) with `?` replaced by the parameters.
 * Falls back to the text as recorded when the formatter cannot parse it.
 */
export function formatSql(sql: string, params: readonly unknown[]): string {
  const literals = params.map(sqlLiteral);
  try {
    return format(sql, { language: "sqlite", keywordCase: "upper", tabWidth: 2, paramTypes: { positional: true }, params: literals });
  } catch {
    let next = 0;
    return sql.replace(/\?/g, () => literals[next++] ?? "?");
  }
}

/** True for a statement whose rows the inspector can re-run without changing anything. */
export function isSelect(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql);
}

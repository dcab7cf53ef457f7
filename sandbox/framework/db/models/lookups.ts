/**
 * Lookups (Django: db/models/lookups.py): `field__lookup=value` compiled to SQLite SQL,
 * with the operators Django's sqlite3 backend uses.
 */
import { FieldError } from "../../core/exceptions";
import type { Field } from "./fields";

/** Raised while compiling a condition that can match nothing (`pk__in=[]`); Django's EmptyResultSet. */
export class EmptyResultSet extends Error {}

/** SQL with `?` placeholders and its parameters. */
export interface Compiled {
  sql: string;
  params: unknown[];
}

const LIKE = "LIKE ? ESCAPE '\\'";

/** The lookups every field supports. */
export const LOOKUP_NAMES = [
  "exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte",
  "startswith", "istartswith", "endswith", "iendswith", "isnull", "range", "regex", "iregex",
] as const;

export type LookupName = (typeof LOOKUP_NAMES)[number];

/** True if `name` is a lookup (as opposed to a field name). */
export function isLookupName(name: string): name is LookupName {
  return (LOOKUP_NAMES as readonly string[]).includes(name);
}

function escapeLike(value: unknown): string {
  return String(value).replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Compiles `lhs <lookup> rhs`. `rhs` is either a plain value (prepared by `field`) or
 * already-compiled SQL (an F() expression), passed as `{ expression }`.
 */
export function compileLookup(lhs: string, name: string, rhs: unknown, field: Field): Compiled {
  if (isExpression(rhs)) return compileExpressionLookup(lhs, name, rhs.expression);
  const prep = (value: unknown): unknown => field.get_db_prep_value(value);
  switch (name) {
    case "exact":
      if (rhs === null || rhs === undefined) return { sql: `${lhs} IS NULL`, params: [] };
      if (typeof rhs === "boolean" && field.get_internal_type() === "BooleanField") {
        return { sql: rhs ? lhs : `NOT ${lhs}`, params: [] };
      }
      return { sql: `${lhs} = ?`, params: [prep(rhs)] };
    case "iexact": return { sql: `${lhs} ${LIKE}`, params: [escapeLike(prep(rhs))] };
    case "contains":
    case "icontains": return { sql: `${lhs} ${LIKE}`, params: [`%${escapeLike(prep(rhs))}%`] };
    case "startswith":
    case "istartswith": return { sql: `${lhs} ${LIKE}`, params: [`${escapeLike(prep(rhs))}%`] };
    case "endswith":
    case "iendswith": return { sql: `${lhs} ${LIKE}`, params: [`%${escapeLike(prep(rhs))}`] };
    case "gt": return { sql: `${lhs} > ?`, params: [prep(rhs)] };
    case "gte": return { sql: `${lhs} >= ?`, params: [prep(rhs)] };
    case "lt": return { sql: `${lhs} < ?`, params: [prep(rhs)] };
    case "lte": return { sql: `${lhs} <= ?`, params: [prep(rhs)] };
    case "in": {
      const values = iterableValues(rhs, name).filter((v) => v !== null && v !== undefined);
      if (values.length === 0) throw new EmptyResultSet();
      const unique = [...new Set(values.map(prep))];
      return { sql: `${lhs} IN (${unique.map(() => "?").join(", ")})`, params: unique };
    }
    case "range": {
      const values = iterableValues(rhs, name);
      if (values.length !== 2) throw new FieldError(`__range needs exactly two values [low, high], got ${values.length}.`);
      return { sql: `${lhs} BETWEEN ? AND ?`, params: values.map(prep) };
    }
    // REGEXP calls the connection's regexp(pattern, value) function, as Django's SQLite backend does.
    case "regex": return { sql: `${lhs} REGEXP ?`, params: [prep(rhs)] };
    case "iregex": return { sql: `${lhs} REGEXP '(?i)' || ?`, params: [prep(rhs)] };
    case "isnull":
      if (typeof rhs !== "boolean") {
        throw new FieldError(`The QuerySet value for an isnull lookup must be True or False (got ${String(rhs)}).`);
      }
      return { sql: `${lhs} IS ${rhs ? "" : "NOT "}NULL`, params: [] };
    default:
      throw new FieldError(`Unsupported lookup '${name}' for ${field.get_internal_type()} or join on the field not permitted.`);
  }
}

/** An already-compiled right-hand side (an F() expression). */
export interface ExpressionRhs {
  expression: Compiled;
}

function isExpression(value: unknown): value is ExpressionRhs {
  return typeof value === "object" && value !== null && "expression" in value;
}

const EXPRESSION_OPERATORS: Record<string, string> = { exact: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

function compileExpressionLookup(lhs: string, name: string, rhs: Compiled): Compiled {
  const operator = EXPRESSION_OPERATORS[name];
  if (!operator) throw new FieldError(`The '${name}' lookup cannot compare with an expression (F()).`);
  return { sql: `${lhs} ${operator} ${rhs.sql}`, params: rhs.params };
}

function iterableValues(rhs: unknown, name: string): unknown[] {
  if (typeof rhs === "string" || rhs === null || typeof rhs !== "object" || !(Symbol.iterator in rhs)) {
    throw new FieldError(`The '${name}' lookup needs a list of values, got ${JSON.stringify(rhs)}.`);
  }
  return [...(rhs as Iterable<unknown>)];
}

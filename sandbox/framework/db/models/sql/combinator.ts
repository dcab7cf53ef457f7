/**
 * union(), intersection() and difference() in SQL (Django: SQLCompiler.get_combinator_sql):
 * `SELECT ... UNION [ALL] SELECT ...`, ordered by column position, as Django writes them for SQLite.
 */
import { DatabaseError } from "../../utils";
import { EmptyResultSet } from "../lookups";
import { type CompiledSelect, compileSelect, limitClause } from "./compiler";
import type { Combinator, Query } from "./query";

const OPERATORS: Record<Combinator, string> = { union: "UNION", intersection: "INTERSECT", difference: "EXCEPT" };

/** Compiles a combined query; the parts may not be ordered or sliced (SQLite does not allow it). */
export function compileCombined(query: Query, combinator: Combinator): CompiledSelect {
  const parts: CompiledSelect[] = [];
  for (const source of query.combined_queries) {
    const part = source.clone();
    if (query.values_select && !part.values_select) part.values_select = [...query.values_select];
    if (part.is_sliced()) throw new DatabaseError("LIMIT/OFFSET not allowed in subqueries of compound statements.");
    if (part.order_by.length || (part.default_ordering && !part.group_by && part.model._meta.ordering.length)) {
      throw new DatabaseError("ORDER BY not allowed in subqueries of compound statements.");
    }
    try {
      parts.push(compileSelect(part));
    } catch (error) {
      // An empty part drops out of a union, and out of a difference once there is a first part.
      if (error instanceof EmptyResultSet && (combinator === "union" || (combinator === "difference" && parts.length))) continue;
      throw error;
    }
  }
  if (parts.length === 0) throw new EmptyResultSet();
  const operator = `${OPERATORS[combinator]}${query.combinator_all ? " ALL" : ""}`;
  const sql = [parts.map((p) => p.sql).join(` ${operator} `), orderByPosition(query, parts[0]), limitClause(query)].filter(Boolean).join(" ");
  return { ...parts[0], sql, params: parts.flatMap((p) => p.params) };
}

/** `ORDER BY (2) DESC`: a combined query orders by the position of a selected column. */
function orderByPosition(query: Query, first: CompiledSelect): string {
  const terms = query.order_by.map((item) => {
    if (typeof item !== "string") throw new DatabaseError("ORDER BY term does not match any column in the result set.");
    const descending = item.startsWith("-") !== !query.standard_ordering;
    const bare = item.replace(/^-/, "");
    const name = bare === "pk" ? query.model._meta.pk.name : bare;
    const index = first.klass_info.length
      ? first.fields.findIndex((f, i) => i < first.klass_info[0].end && (f.name === name || f.attname === name))
      : first.names.indexOf(name);
    if (index < 0) throw new DatabaseError("ORDER BY term does not match any column in the result set.");
    return `(${index + 1}) ${descending ? "DESC" : "ASC"}`;
  });
  return terms.length ? `ORDER BY ${terms.join(", ")}` : "";
}


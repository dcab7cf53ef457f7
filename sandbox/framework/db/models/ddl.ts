/**
 * Pieces of DDL shared by indexes and constraints: column names of fields, and a Q
 * condition compiled with its values inlined (DDL takes no parameters), as Django does.
 */
import { FieldError } from "../../core/exceptions";
import type { ModelClass } from "./model_class";
import type { Q } from "./query_utils";
import { compileWhere } from "./sql/compiler";
import { Query } from "./sql/query";

/** The quoted columns of `names` on `model` (`author` is `"author_id"`). */
export function column_names(model: ModelClass, names: readonly string[]): string[] {
  return names.map((name) => {
    const field = model._meta.fields.find((f) => f.name === name || f.attname === name);
    if (!field) {
      throw new FieldError(`'${model._meta.object_name}' has no field named '${name}' (in Meta.indexes or Meta.constraints).`);
    }
    return `"${field.column}"`;
  });
}

/** `"price" >= 0 AND NOT ("name" = '')`: a condition on the model's own columns, values inlined. */
export function inline_where(model: ModelClass, condition: Q): string {
  const query = new Query(model);
  query.add_q(condition);
  if (query.alias_map.size > 1) {
    throw new FieldError(`Joined field references are not permitted in this query (a constraint or index condition on ${model._meta.object_name}): use the model's own fields.`);
  }
  const { sql, params } = compileWhere(query.where);
  const prefix = `"${model._meta.db_table}".`;
  let index = 0;
  return sql.replaceAll(prefix, "").replace(/\?/g, () => quote_value(params[index++]));
}

/** A literal as SQLite's schema editor quotes it (Django: quote_value). */
export function quote_value(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * SQL compiler (Django: db/models/sql/compiler.py): turns a Query into plain data
 * `{ sql, params }`, shaped like the SQL Django generates for SQLite.
 */
import { FieldError, ValueError } from "../../../core/exceptions";
import { type Field, IntegerField } from "../fields";
import { ForeignKey } from "../fields/related";
import { type Compiled, compileLookup, EmptyResultSet } from "../lookups";
import type { ModelClass } from "../model_class";
import type { Query, SelectRelatedTree } from "./query";
import type { Aggregate } from "../aggregates";
import { transform_sql } from "../transforms";
import { OrderBy } from "../expressions";
import { loaded_fields } from "./deferred";
import { compileCombined } from "./combinator";
import { type Annotation, type Col, type Expr, type ResolvedAggregate, WhereNode, type WhereLeaf } from "./where";

/** Where one model's columns sit in a SELECT row, for building instances (Django's klass_info). */
export interface KlassInfo {
  model: ModelClass;
  /** Column positions [start, end) of this model's fields. */
  start: number;
  end: number;
  /** Index of the KlassInfo this one hangs from (-1 for the base model) and the FK that leads here. */
  parent: number;
  field?: ForeignKey;
  /** The fields selected, in order; only()/defer() leave some out. */
  fields: Field[];
  /** The fields left out (loaded on first access), or null when every field is selected. */
  deferred: Field[] | null;
}

/** A compiled SELECT and how to read its rows. */
export interface CompiledSelect extends Compiled {
  klass_info: KlassInfo[];
  /** Names of the selected columns for values()/values_list(). */
  names: string[];
  /** Fields of the selected columns (to convert database values). */
  fields: Field[];
  /** annotate() values of model rows: attribute name, column position, output field. */
  annotations: Array<{ name: string; index: number; field: Field }>;
}

/** Quotes a name as Django's SQLite backend does. */
export function quote(name: string): string {
  return name.startsWith('"') ? name : `"${name}"`;
}

/** A table alias as Django writes it: generated ones (`T2`, `U0`) bare, table names quoted. */
function aliasSql(alias: string): string {
  return /^[A-Z]\d+$/.test(alias) ? alias : quote(alias);
}

function colSql(col: Col): string {
  return `${aliasSql(col.alias)}.${quote(col.column)}`;
}

/** Compiles `SELECT ...` for a query; the query is cloned, never changed. */
export function compileSelect(source: Query): CompiledSelect {
  if (source.combinator) return compileCombined(source, source.combinator);
  const query = source.clone();
  const klass_info: KlassInfo[] = [];
  const columns: Col[] = [];
  const selects: string[] = [];
  const selectParams: unknown[] = [];
  const fields: Field[] = [];
  const annotations: CompiledSelect["annotations"] = [];
  const addAnnotation = (name: string, annotation: Annotation): void => {
    const compiled = compileExpr(annotation.expr, annotation.output_field, false);
    selects.push(`${compiled.sql} AS ${quote(name)}`);
    selectParams.push(...compiled.params);
    fields.push(annotation.output_field);
  };
  const names = query.values_select ?? [];
  if (query.values_select) {
    for (const name of names) {
      const annotation = query.annotations.get(name);
      if (annotation) {
        addAnnotation(name, annotation);
        continue;
      }
      const { col } = query.resolve_for_select(name);
      columns.push(col);
      selects.push(colSql(col));
      fields.push(col.field);
    }
  } else {
    addModelColumns(query, query.model, query.base_alias, -1, undefined, columns, klass_info);
    const tree = query.select_related === true ? defaultRelated(query.model) : query.select_related || {};
    addRelated(query, query.model, 0, tree, columns, klass_info);
    for (const col of columns) {
      selects.push(colSql(col));
      fields.push(col.field);
    }
    for (const [name, annotation] of query.annotations) {
      if (annotation.hidden) continue;
      annotations.push({ name, index: selects.length, field: annotation.output_field });
      addAnnotation(name, annotation);
    }
    for (const [name, col] of query.extra_select) {
      annotations.push({ name, index: selects.length, field: col.field });
      selects.push(`${colSql(col)} AS ${quote(name)}`);
      fields.push(col.field);
    }
  }
  const where = compileWhere(query.where);
  const order = compileOrderBy(query);
  const having = compileWhere(query.having);
  if (query.exists_select) {
    selects.splice(0, selects.length, "(1) AS \"a\"");
    selectParams.length = 0;
  }
  const sql = [
    `SELECT ${query.distinct ? "DISTINCT " : ""}${selects.join(", ")}`,
    fromClause(query),
    where.sql && `WHERE ${where.sql}`,
    groupByClause(query, columns),
    having.sql && `HAVING ${having.sql}`,
    order.sql && `ORDER BY ${order.sql}`,
    limitClause(query),
  ].filter(Boolean).join(" ");
  return { sql, params: [...selectParams, ...where.params, ...having.params, ...order.params], klass_info, names, fields, annotations };
}

/**
 * `SELECT SUM(...) AS "total", ... FROM ...`: aggregate() over the rows; a subquery once
 * rows are grouped, sliced or distinct, or an aggregate reads an annotation (Django:
 * get_aggregation's inner query), the outer aggregates reading its columns by name.
 */
export function compileAggregateQuery(source: Query, aggregates: Array<[string, Aggregate]>):
  Compiled & { fields: Field[]; empty: boolean } {
  const query = source.clone();
  try {
    const over_annotation = aggregates.some(([, aggregate]) => query.annotations.has(aggregate.source));
    if (query.group_by || query.is_sliced() || query.distinct || over_annotation) {
      const inner = compileSelect(query);
      const fields: Field[] = [];
      const outer = aggregates.map(([alias, aggregate]) => {
        const annotation = query.annotations.get(aggregate.source);
        // Model rows select every local column under its own name.
        const field = annotation || query.values_select ? undefined : query.model._meta.fields.find((f) => f.name === aggregate.source || f.attname === aggregate.source);
        if (!annotation && !field) {
          throw new FieldError(`Cannot aggregate '${aggregate.source}' over a grouped, sliced or distinct query: aggregate an annotation.`);
        }
        const output = annotation?.output_field ?? field ?? RAW;
        fields.push(aggregate.function_name === "MIN" || aggregate.function_name === "MAX" ? output : RAW);
        const column = annotation ? aggregate.source : field?.column ?? aggregate.source;
        return `${aggregate.function_name}(${aggregate.options.distinct ? "DISTINCT " : ""}${quote(column)}) AS ${quote(alias)}`;
      });
      return { sql: `SELECT ${outer.join(", ")} FROM (${inner.sql}) subquery`, params: inner.params, fields, empty: false };
    }
    const selects: string[] = [];
    const params: unknown[] = [];
    const fields: Field[] = [];
    for (const [alias, aggregate] of aggregates) {
      const resolved = query.resolve_aggregate(aggregate);
      const compiled = compileAggregate(resolved);
      selects.push(`${compiled.sql} AS ${quote(alias)}`);
      params.push(...compiled.params);
      fields.push(resolved.output_field);
    }
    const where = compileWhere(query.where);
    return {
      sql: [`SELECT ${selects.join(", ")}`, fromClause(query), where.sql && `WHERE ${where.sql}`].filter(Boolean).join(" "),
      params: [...params, ...where.params], fields, empty: false,
    };
  } catch (error) {
    if (error instanceof EmptyResultSet) return { sql: "", params: [], fields: aggregates.map(() => RAW), empty: true };
    throw error;
  }
}

/** A field that passes database values through (counts, sums and averages are plain numbers). */
const RAW = new IntegerField();

/** `COUNT(DISTINCT col)`, and Django's `filter=` as `CASE WHEN cond THEN col ELSE NULL END`. */
function compileAggregate(aggregate: ResolvedAggregate): Compiled {
  let expression = colSql(aggregate.col);
  let params: unknown[] = [];
  if (aggregate.filter) {
    const condition = compileWhere(aggregate.filter);
    if (condition.sql) {
      expression = `CASE WHEN ${condition.sql} THEN ${expression} ELSE NULL END`;
      params = condition.params;
    }
  }
  return { sql: `${aggregate.function_name}(${aggregate.distinct ? "DISTINCT " : ""}${expression})`, params };
}

/** GROUP BY for annotate(): the values() columns, or every selected column of the model rows. */
function groupByClause(query: Query, columns: Col[]): string {
  if (!query.group_by) return "";
  const modelCols = query.model._meta.fields.map((field): Col => ({ alias: query.base_alias, column: field.column, field }));
  const cols = query.group_by === true
    ? [...modelCols, ...columns.filter((c) => !modelCols.some((m) => m.alias === c.alias && m.column === c.column))]
    : query.group_by.map((name) => query.resolve_for_select(name).col);
  return cols.length ? `GROUP BY ${cols.map(colSql).join(", ")}` : "";
}

/** `SELECT COUNT(*) AS "__count" FROM ...` (a subquery when sliced or distinct, as Django does). */
export function compileCount(query: Query): Compiled {
  if (query.is_sliced() || query.distinct || query.group_by || query.combinator) {
    const inner = compileSelect(query);
    return { sql: `SELECT COUNT(*) FROM (${inner.sql}) subquery`, params: inner.params };
  }
  const where = compileWhere(query.where);
  return {
    sql: ["SELECT COUNT(*) AS \"__count\"", fromClause(query), where.sql && `WHERE ${where.sql}`].filter(Boolean).join(" "),
    params: where.params,
  };
}

/** `SELECT (1) AS "a" FROM ... LIMIT 1`, as Django's exists() (a combined query: its first row). */
export function compileExists(query: Query): Compiled {
  if (query.combinator) {
    const first = query.clone();
    first.set_limits(0, 1);
    return compileSelect(first);
  }
  const where = compileWhere(query.where);
  return {
    sql: ["SELECT (1) AS \"a\"", fromClause(query), where.sql && `WHERE ${where.sql}`, "LIMIT 1"].filter(Boolean).join(" "),
    params: where.params,
  };
}

/** `UPDATE "t" SET "c" = ? WHERE ...`; with joins the rows are chosen by a pk subquery, as Django does. */
export function compileUpdate(query: Query, values: Array<[Field, Expr]>): Compiled {
  const params: unknown[] = [];
  const sets = values.map(([field, expr]) => {
    const compiled = compileExpr(expr, field, true);
    params.push(...compiled.params);
    return `${quote(field.column)} = ${compiled.sql}`;
  });
  const where = rowsWhere(query);
  return { sql: `UPDATE ${quote(query.base_table)} SET ${sets.join(", ")}${where.sql && ` WHERE ${where.sql}`}`,
    params: [...params, ...where.params] };
}

/** `DELETE FROM "t" WHERE ...`. */
export function compileDelete(query: Query): Compiled {
  const where = rowsWhere(query);
  return { sql: `DELETE FROM ${quote(query.base_table)}${where.sql && ` WHERE ${where.sql}`}`, params: where.params };
}

/** `INSERT INTO "t" ("a", "b") VALUES (?, ?)`. */
export function compileInsert(model: ModelClass, fields: Field[], values: unknown[]): Compiled {
  const table = quote(model._meta.db_table);
  if (fields.length === 0) return { sql: `INSERT INTO ${table} DEFAULT VALUES`, params: [] };
  return {
    sql: `INSERT INTO ${table} (${fields.map((f) => quote(f.column)).join(", ")}) VALUES (${fields.map(() => "?").join(", ")})`,
    params: values,
  };
}

function rowsWhere(query: Query): Compiled {
  if (query.alias_map.size === 1) return compileWhere(query.where);
  const pk = query.model._meta.pk;
  const inner = query.clone();
  inner.values_select = ["pk"];
  inner.default_ordering = false;
  inner.order_by = [];
  const select = compileSelect(inner);
  return { sql: `${colSql({ alias: query.base_table, column: pk.column, field: pk })} IN (${select.sql})`,
    params: select.params };
}

function addModelColumns(query: Query, model: ModelClass, alias: string, parent: number, field: ForeignKey | undefined,
  columns: Col[], klass_info: KlassInfo[]): number {
  const start = columns.length;
  const path = field ? [...pathTo(klass_info, parent), field.name] : [];
  const fields = loaded_fields(query, model, path);
  for (const f of fields) columns.push({ alias, column: f.column, field: f });
  const deferred = fields.length === model._meta.fields.length ? null : model._meta.fields.filter((f) => !fields.includes(f));
  klass_info.push({ model, start, end: columns.length, parent, field, fields, deferred });
  return klass_info.length - 1;
}

function addRelated(query: Query, model: ModelClass, index: number, tree: SelectRelatedTree,
  columns: Col[], klass_info: KlassInfo[]): void {
  const choices = model._meta.foreign_keys.map((f) => f.name);
  const invalid = Object.keys(tree).filter((name) => !choices.includes(name));
  if (invalid.length) {
    throw new FieldError(`Invalid field name(s) given in select_related: ${invalid.map((n) => `'${n}'`).join(", ")}. ` +
      `Choices are: ${choices.join(", ") || "(none)"}`);
  }
  for (const field of model._meta.foreign_keys) {
    const subtree = tree[field.name];
    if (!subtree) continue;
    if (!klass_info[index].fields.includes(field)) {
      throw new FieldError(`Field ${model._meta.object_name}.${field.name} cannot be both deferred and traversed using select_related at the same time.`);
    }
    const alias = query.join_path([...pathTo(klass_info, index), field.name]);
    const child = addModelColumns(query, field.related_model, alias, index, field, columns, klass_info);
    addRelated(query, field.related_model, child, subtree, columns, klass_info);
  }
}

function pathTo(klass_info: KlassInfo[], index: number): string[] {
  const path: string[] = [];
  for (let i = index; i > 0; i = klass_info[i].parent) {
    const field = klass_info[i].field;
    if (field) path.unshift(field.name);
  }
  return path;
}

/** select_related() with no arguments: every non-null FK, recursively (Django's depth limit is 5). */
function defaultRelated(model: ModelClass, depth = 0): SelectRelatedTree {
  const tree: SelectRelatedTree = {};
  if (depth >= 5) return tree;
  for (const field of model._meta.foreign_keys) {
    if (!field.null) tree[field.name] = defaultRelated(field.related_model, depth + 1);
  }
  return tree;
}

function fromClause(query: Query): string {
  const base = query.base_alias === query.base_table ? "" : ` ${query.base_alias}`;
  const parts = [`FROM ${quote(query.base_table)}${base}`];
  for (const join of query.alias_map.values()) {
    if (!join) continue;
    const alias = aliasSql(join.alias);
    const parent = aliasSql(join.parent_alias);
    parts.push(`${join.join_type} ${quote(join.table_name)}${join.alias === join.table_name ? "" : ` ${join.alias}`} ` +
      `ON (${parent}.${quote(join.parent_column)} = ${alias}.${quote(join.column)})`);
  }
  return parts.join(" ");
}

/** `LIMIT n OFFSET m` for a sliced query. */
export function limitClause(query: Query): string {
  if (query.high_mark !== null) {
    return `LIMIT ${query.high_mark - query.low_mark}${query.low_mark ? ` OFFSET ${query.low_mark}` : ""}`;
  }
  return query.low_mark ? `LIMIT -1 OFFSET ${query.low_mark}` : "";
}

/** The ORDER BY list: explicit order_by(), else Meta.ordering (not when grouping, as Django 3.1+); flipped by reverse(). */
function compileOrderBy(query: Query): Compiled {
  const items = query.order_by.length ? query.order_by
    : query.default_ordering && !query.group_by ? [...query.model._meta.ordering] : [];
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const item of items) {
    if (typeof item !== "string") {
      const order = item instanceof OrderBy ? item : new OrderBy(item, false);
      const compiled = compileExpr(query.resolveExpression(order.expression), RAW, false);
      // reverse() flips the direction and where NULLs go, as Django's OrderBy.reverse_ordering().
      const flip = !query.standard_ordering;
      const descending = order.descending !== flip;
      const last = flip ? order.options.nulls_first : order.options.nulls_last;
      const first = flip ? order.options.nulls_last : order.options.nulls_first;
      parts.push(`${compiled.sql} ${descending ? "DESC" : "ASC"}${last ? " NULLS LAST" : first ? " NULLS FIRST" : ""}`);
      params.push(...compiled.params);
      continue;
    }
    if (item === "?") {
      parts.push("RANDOM()");
      continue;
    }
    const descending = item.startsWith("-") !== !query.standard_ordering;
    const name = item.replace(/^-/, "");
    const annotation = query.annotations.get(name);
    if (annotation) {
      const compiled = compileExpr(annotation.expr, annotation.output_field, false);
      parts.push(`${compiled.sql} ${descending ? "DESC" : "ASC"}`);
      params.push(...compiled.params);
      continue;
    }
    const { field, col } = query.resolve_for_select(name);
    if (field instanceof ForeignKey && !name.endsWith("_id") && field.related_model._meta.ordering.length) {
      for (const sub of field.related_model._meta.ordering) {
        const subDescending = sub.startsWith("-") !== descending;
        const resolved = query.resolve_for_select(`${name}__${sub.replace(/^-/, "")}`);
        parts.push(`${colSql(resolved.col)} ${subDescending ? "DESC" : "ASC"}`);
      }
      continue;
    }
    parts.push(`${colSql(col)} ${descending ? "DESC" : "ASC"}`);
  }
  return { sql: parts.join(", "), params };
}

/** Compiles a WHERE tree; an empty string means "no condition". Throws EmptyResultSet if nothing can match. */
export function compileWhere(node: WhereNode): Compiled {
  const parts: string[] = [];
  const params: unknown[] = [];
  let full = node.connector === "AND" ? node.children.length : 1;
  let empty = node.connector === "AND" ? 1 : node.children.length;
  for (const child of node.children) {
    let compiled: Compiled;
    try {
      compiled = child instanceof WhereNode ? compileWhere(child) : compileLeaf(child);
    } catch (error) {
      if (!(error instanceof EmptyResultSet)) throw error;
      empty -= 1;
      if (empty === 0) {
        if (node.negated) return { sql: "", params: [] };
        throw error;
      }
      continue;
    }
    if (compiled.sql) {
      parts.push(compiled.sql);
      params.push(...compiled.params);
    } else {
      full -= 1;
    }
    if (full === 0) {
      if (node.negated) throw new EmptyResultSet();
      return { sql: "", params: [] };
    }
  }
  const sql = parts.join(` ${node.connector} `);
  if (!sql) return { sql, params };
  if (node.negated) return { sql: `NOT (${sql})`, params };
  return { sql: parts.length > 1 ? `(${sql})` : sql, params };
}

function compileLeaf(leaf: WhereLeaf): Compiled {
  const expression = leaf.lhsExpr && compileExpr(leaf.lhsExpr, leaf.lhs.field, false);
  if (expression && leaf.lookup === "condition") return expression;
  const column = expression ? expression.sql : colSql(leaf.lhs);
  const lhs = leaf.transform ? transform_sql(leaf.transform, column) : column;
  const rhs = leaf.rhsExpr ? { expression: compileExpr(leaf.rhsExpr, leaf.lhs.field, false) } : leaf.rhs;
  const compiled = compileLookup(lhs, leaf.lookup, rhs, leaf.lhs.field);
  return expression ? { sql: compiled.sql, params: [...expression.params, ...compiled.params] } : compiled;
}

/** Compiles an expression; in UPDATE SET columns of the updated table are written as in Django. */
export function compileExpr(expr: Expr, field: Field, top: boolean): Compiled {
  switch (expr.kind) {
    case "col": return { sql: colSql(expr.col), params: [] };
    case "value": return expr.value === null || expr.value === undefined
      ? { sql: "NULL", params: [] }
      : { sql: "?", params: [top ? field.get_db_prep_value(expr.value) : expr.field ? expr.field.get_db_prep_value(expr.value) : adaptValue(expr.value)] };
    case "combined": {
      const lhs = compileExpr(expr.lhs, field, false);
      const rhs = compileExpr(expr.rhs, field, false);
      return { sql: `(${lhs.sql} ${expr.connector} ${rhs.sql})`, params: [...lhs.params, ...rhs.params] };
    }
    case "func": return compileFunc(expr.function_name, expr.args.map((a) => compileExpr(a, field, false)), expr.output_field);
    case "case": {
      const params: unknown[] = [];
      const parts = expr.whens.map(({ condition, result }) => {
        const when = compileWhere(condition);
        const then = compileExpr(result, field, false);
        params.push(...when.params, ...then.params);
        return `WHEN ${when.sql} THEN ${then.sql}`;
      });
      const otherwise = compileExpr(expr.default_value, field, false);
      return { sql: `CASE ${parts.join(" ")} ELSE ${otherwise.sql} END`, params: [...params, ...otherwise.params] };
    }
    case "subquery": {
      try {
        const inner = compileSelect(expr.query);
        return { sql: expr.exists ? `EXISTS(${inner.sql})` : `(${inner.sql})`, params: inner.params };
      } catch (error) {
        // A subquery that can match nothing: EXISTS is false, a value is NULL.
        if (error instanceof EmptyResultSet) return { sql: expr.exists ? "0" : "NULL", params: [] };
        throw error;
      }
    }
    case "aggregate": return compileAggregate(expr.aggregate);
    case "outer": throw new ValueError(
      `This queryset contains a reference to an outer query (OuterRef("${expr.name}")) and may only be used in a subquery: wrap it in Subquery() or Exists().`);
  }
}

/** A Date or boolean as a parameter, as the backend stores it. */
function adaptValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Function calls, with Django's SQLite spellings of Concat, Trunc, Cast and Now. */
function compileFunc(name: string, args: Compiled[], output?: Field): Compiled {
  const params = args.flatMap((a) => a.params);
  if (name === "") return args[0];
  if (name === "CURRENT_TIMESTAMP") return { sql: name, params };
  if (name === "CONCAT") {
    // Django's ConcatPair on SQLite: COALESCE(a, '') || COALESCE(b, ''), nested right to left.
    const pair = (items: Compiled[]): string => items.length === 1 ? items[0].sql
      : `COALESCE(${items[0].sql}, '') || COALESCE(${pair(items.slice(1))}, '')`;
    return { sql: pair(args), params };
  }
  if (name.startsWith("TRUNC:")) return { sql: `strftime('${name.slice(6)}', ${args[0].sql})`, params };
  if (name === "CAST") return { sql: `CAST(${args[0].sql} AS ${output?.db_type() ?? "text"})`, params };
  return { sql: `${name}(${args.map((a) => a.sql).join(", ")})`, params };
}

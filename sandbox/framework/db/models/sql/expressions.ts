/**
 * Resolving expressions against a query (Django: resolve_expression()): F() names become
 * columns (with joins), Subquery/Exists bind their OuterRef()s to the outer query, and
 * each result knows its output field (which converts the database value).
 */
import { FieldError, ValueError } from "../../../core/exceptions";
import { Aggregate } from "../aggregates";
import { Case, CombinedExpression, Expression, ExpressionWrapper, F, Func, OuterRef, Subquery, Exists, Value } from "../expressions";
import { BooleanField, DateTimeField, type Field, FloatField, IntegerField, TextField } from "../fields";
import { Q } from "../query_utils";
import type { Query } from "./query";
import { type Annotation, type Expr, WhereNode, type WhereLeaf } from "./where";

/** Passes database values through (literal values, arithmetic on mixed types). */
const RAW = new IntegerField();
const BOOLEAN = new BooleanField();
const TEXT = new TextField();
const FLOAT = new FloatField();
const DATETIME = new DateTimeField();

/** True for the values an expression position accepts as expressions (anything else is a literal value). */
export function isExpression(value: unknown): value is F | CombinedExpression | Value | Func | Case | Subquery | ExpressionWrapper | Aggregate {
  return value instanceof F || value instanceof CombinedExpression || value instanceof Value || value instanceof Func
    || value instanceof Case || value instanceof Subquery || value instanceof ExpressionWrapper || value instanceof Aggregate;
}

/** Turns an expression (or a plain value) into a resolved Expr over `query`'s columns. */
export function resolve_expression(query: Query, value: unknown): Expr {
  if (value instanceof OuterRef) return { kind: "outer", name: value.name, levels: value.levels };
  if (value instanceof F) {
    const annotation = query.annotations.get(value.name);
    if (annotation) return annotation.expr;
    const resolved = query.resolve(value.name.split("__"), { outer: false, nullableOnly: true });
    if (resolved.lookups.length) throw new FieldError(`Cannot resolve keyword '${resolved.lookups[0]}' into field. Choices are: ${query.model._meta.query_names().join(", ")}`);
    return { kind: "col", col: resolved.col };
  }
  if (value instanceof CombinedExpression) {
    return { kind: "combined", lhs: resolve_expression(query, value.lhs), connector: value.connector, rhs: resolve_expression(query, value.rhs) };
  }
  if (value instanceof Value) return { kind: "value", value: value.value, field: value.output_field ?? value_field(value.value) };
  if (value instanceof ExpressionWrapper) {
    const inner = resolve_expression(query, value.expression);
    return { kind: "func", function_name: "", args: [inner], output_field: value.output_field };
  }
  if (value instanceof Func) {
    // Text arguments of functions are field names, as in Django (Lower("title")).
    const args = value.source_expressions.map((a) => resolve_expression(query, typeof a === "string" ? new F(a) : a));
    return { kind: "func", function_name: value.function_name, args, output_field: value.output_field };
  }
  if (value instanceof Case) {
    const whens = value.whens.map((when) => {
      const q = when.condition instanceof Q ? when.condition
        : when.condition instanceof Expression ? new Q({}, "AND", false, [when.condition]) : new Q(when.condition);
      return { condition: query.build_condition(q), result: resolve_expression(query, when.then) };
    });
    return { kind: "case", whens, default_value: resolve_expression(query, value.default_value ?? null), output_field: value.output_field };
  }
  if (value instanceof Subquery) {
    const inner = bind_outer((value.queryset.query as Query).bump_prefix(query), query);
    const exists = value instanceof Exists;
    if (exists) {
      inner.values_select = inner.values_select ?? ["pk"];
      inner.default_ordering = false;
      inner.order_by = [];
      inner.set_limits(0, 1);
      inner.exists_select = !inner.distinct && !inner.combinator;
    }
    const output_field = value.output_field ?? (exists ? BOOLEAN : subquery_field(inner));
    return { kind: "subquery", query: inner, exists, output_field };
  }
  if (value instanceof Aggregate) return { kind: "aggregate", aggregate: query.resolve_aggregate(value) };
  return { kind: "value", value };
}

/** The annotation an expression makes: its Expr, output field and whether it aggregates. */
export function make_annotation(query: Query, value: unknown, hidden: boolean): Annotation {
  const expr = resolve_expression(query, value);
  return { expr, output_field: output_field(expr), contains_aggregate: contains_aggregate(expr), hidden };
}

/** The field that converts an expression's values (Django: output_field). */
export function output_field(expr: Expr): Field {
  switch (expr.kind) {
    case "col": return expr.col.field;
    case "value": return expr.field ?? RAW;
    case "combined": return output_field(expr.lhs);
    case "func": return expr.output_field ?? (expr.args[0] ? output_field(expr.args[0]) : RAW);
    case "case": return expr.output_field ?? (expr.whens[0] ? output_field(expr.whens[0].result) : output_field(expr.default_value));
    case "subquery": return expr.output_field ?? RAW;
    case "aggregate": return expr.aggregate.output_field;
    case "outer": return RAW;
  }
}

/** True when the expression contains an aggregate (then rows are grouped and conditions go to HAVING). */
export function contains_aggregate(expr: Expr): boolean {
  switch (expr.kind) {
    case "aggregate": return true;
    case "combined": return contains_aggregate(expr.lhs) || contains_aggregate(expr.rhs);
    case "func": return expr.args.some(contains_aggregate);
    case "case": return expr.whens.some((w) => contains_aggregate(w.result)) || contains_aggregate(expr.default_value);
    default: return false;
  }
}

/** The output field Django infers for Value(): text, integer, float, boolean or date-time. */
function value_field(value: unknown): Field | undefined {
  if (typeof value === "string") return TEXT;
  if (typeof value === "boolean") return BOOLEAN;
  if (typeof value === "number") return Number.isInteger(value) ? RAW : FLOAT;
  if (value instanceof Date) return DATETIME;
  return undefined;
}

/** The field of the one column a Subquery selects. */
function subquery_field(inner: Query): Field {
  const names = inner.values_select;
  if (!names || names.length !== 1) {
    throw new ValueError("A Subquery must select exactly one column: use values(\"field\") (and a [:1] slice, .slice(0, 1)).");
  }
  const annotation = inner.annotations.get(names[0]);
  return annotation ? annotation.output_field : inner.resolve_for_select(names[0]).col.field;
}

/**
 * A subquery of `outer` with its OuterRef()s one level closer (Django resolves the
 * subquery's where and annotations against the outer query): a reference one level out
 * becomes `outer`'s column, one further out waits for the next query out. Subqueries
 * nested inside are bound the same way, as their references pass through this one.
 */
function bind_outer(inner: Query, outer: Query): Query {
  const bind = (expr: Expr): Expr => {
    switch (expr.kind) {
      case "outer": return expr.levels > 1 ? { ...expr, levels: expr.levels - 1 } : resolve_expression(outer, new F(expr.name));
      case "combined": return { ...expr, lhs: bind(expr.lhs), rhs: bind(expr.rhs) };
      case "func": return { ...expr, args: expr.args.map(bind) };
      case "case": return { ...expr, default_value: bind(expr.default_value),
        whens: expr.whens.map((w) => ({ condition: bind_where(w.condition), result: bind(w.result) })) };
      case "subquery": return { ...expr, query: bind_outer(expr.query, outer) };
      default: return expr;
    }
  };
  const bind_where = (node: WhereNode): WhereNode => new WhereNode(node.connector, node.negated, node.children.map((child): WhereNode | WhereLeaf =>
    child instanceof WhereNode ? bind_where(child)
      : { ...child, lhsExpr: child.lhsExpr && bind(child.lhsExpr), rhsExpr: child.rhsExpr && bind(child.rhsExpr) }));
  const bound = inner.clone();
  bound.where = bind_where(inner.where);
  bound.having = bind_where(inner.having);
  bound.annotations = new Map([...inner.annotations].map(([name, a]) => [name, { ...a, expr: bind(a.expr) }]));
  return bound;
}

/**
 * The query tree (Django: db/models/sql/query.py): which table, which joins, which
 * conditions, which order, which slice. QuerySet builds it; the compiler turns it into SQL.
 */
import { FieldError, ValueError } from "../../../core/exceptions";
import type { Aggregate } from "../aggregates";
import { Expression, type OrderBy } from "../expressions";
import { type Field, FloatField, IntegerField } from "../fields";
import { ManyToManyField, ManyToManyRel } from "../fields/many_to_many";
import { ForeignKey, ManyToOneRel } from "../fields/related";
import type { Options } from "../options";
import { isLookupName } from "../lookups";
import { isTransform, transform_output } from "../transforms";
import type { ModelClass } from "../model_class";
import { Q } from "../query_utils";
import { type Annotation, type Col, type Expr, type ResolvedAggregate, WhereNode, type WhereLeaf } from "./where";
import { isExpression, make_annotation, output_field, resolve_expression } from "./expressions";
import { relabel_expr, relabel_where } from "./relabel";

/** The set operations of QuerySet.union(), intersection() and difference(). */
export type Combinator = "union" | "intersection" | "difference";

export type JoinType = "INNER JOIN" | "LEFT OUTER JOIN";

/** `<join_type> "table" [alias] ON (parent.parent_column = alias.column)` */
export interface Join {
  table_name: string;
  alias: string;
  parent_alias: string;
  parent_column: string;
  column: string;
  join_type: JoinType;
  /** Whether the join can find no row (nullable key, or a reverse relation). */
  nullable: boolean;
}

/** What select_related follows: nested field names, or `true` for every non-null FK. */
export type SelectRelated = false | true | { [name: string]: SelectRelatedTree };
export interface SelectRelatedTree {
  [name: string]: SelectRelatedTree;
}

/** A name path resolved against the models: the final field, its column and the leftover lookups. */
export interface ResolvedPath {
  field: Field | ManyToOneRel | ManyToManyRel;
  col: Col;
  lookups: string[];
}

/** How a resolution may join: filters in OR/NOT and nullable-aware uses want LEFT OUTER. */
interface JoinNeeds {
  outer: boolean;
  /** Ordering, select_related, values(): LEFT OUTER only where the key is nullable. */
  nullableOnly?: boolean;
  /** Keep the join even when only the key is needed (select_related needs the row). */
  noTrim?: boolean;
}

export class Query {
  readonly model: ModelClass;
  alias_map = new Map<string, Join | null>();
  private joinIndex = new Map<string, string>();
  where = new WhereNode();
  /** Names ("-published") and expressions (`F("pages").asc({ nulls_last: true })`). */
  order_by: Array<string | OrderBy | Expression> = [];
  default_ordering = true;
  standard_ordering = true;
  select_related: SelectRelated = false;
  low_mark = 0;
  high_mark: number | null = null;
  distinct = false;
  /** For values()/values_list(): the names selected, in order. */
  values_select: string[] | null = null;
  /** annotate() and alias(): expressions by name, in the order added. */
  annotations = new Map<string, Annotation>();
  /** GROUP BY: the values() names, or `true` for every column of the model. */
  group_by: string[] | true | null = null;
  /** Conditions on annotations (HAVING). */
  having = new WhereNode();
  /** Extra columns set as attributes on model rows (prefetch_related's link keys). */
  extra_select = new Map<string, Col>();
  /** only()/defer(): field names (`author__name` for select_related rows) and whether they are deferred (else the only ones loaded). */
  deferred_loading: [ReadonlySet<string>, boolean] = [new Set(), true];
  /** union()/intersection()/difference(): the operator, whether ALL, and the queries combined. */
  combinator: Combinator | null = null;
  combinator_all = false;
  combined_queries: Query[] = [];
  /** Inside Exists(): the select list is `(1) AS "a"` (Django: Query.exists() clears the select clause). */
  exists_select = false;

  /** The base table's alias: its name, or `U0` once relabelled as a subquery. */
  base_alias: string;
  /** The letter of new join aliases (`T2`); a subquery takes the next letter (Django: alias_prefix). */
  alias_prefix = "T";
  /** The alias letters taken by this query and the subqueries inside it (Django: subq_aliases). */
  subq_aliases: ReadonlySet<string> = new Set(["T"]);

  constructor(model: ModelClass) {
    this.model = model;
    this.base_alias = model._meta.db_table;
    this.alias_map.set(this.base_alias, null);
  }

  get base_table(): string {
    return this.model._meta.db_table;
  }

  clone(): Query {
    const copy = new Query(this.model);
    copy.base_alias = this.base_alias;
    copy.alias_prefix = this.alias_prefix;
    copy.subq_aliases = this.subq_aliases;
    copy.alias_map = new Map([...this.alias_map].map(([k, v]) => [k, v && { ...v }]));
    copy.joinIndex = new Map(this.joinIndex);
    copy.where = this.where.clone();
    copy.order_by = [...this.order_by];
    copy.default_ordering = this.default_ordering;
    copy.standard_ordering = this.standard_ordering;
    copy.select_related = this.select_related;
    copy.low_mark = this.low_mark;
    copy.high_mark = this.high_mark;
    copy.distinct = this.distinct;
    copy.values_select = this.values_select && [...this.values_select];
    copy.annotations = new Map(this.annotations);
    copy.group_by = Array.isArray(this.group_by) ? [...this.group_by] : this.group_by;
    copy.having = this.having.clone();
    copy.extra_select = new Map(this.extra_select);
    copy.deferred_loading = this.deferred_loading;
    copy.combinator = this.combinator;
    copy.combinator_all = this.combinator_all;
    copy.combined_queries = this.combined_queries;
    copy.exists_select = this.exists_select;
    return copy;
  }

  /** True once sliced: Django refuses to filter or reorder then. */
  is_sliced(): boolean {
    return this.low_mark !== 0 || this.high_mark !== null;
  }

  /** Applies a slice relative to the current one (Django: set_limits). */
  set_limits(low: number, high: number | null): void {
    const top = this.high_mark;
    const newLow = this.low_mark + low;
    let newHigh = high === null ? top : this.low_mark + high;
    if (top !== null && newHigh !== null) newHigh = Math.min(newHigh, top);
    this.low_mark = top !== null ? Math.min(newLow, top) : newLow;
    this.high_mark = newHigh;
  }

  /** Adds a Q tree to the WHERE clause, or to HAVING when it is about annotations (Django: add_q). */
  add_q(q: Q): void {
    const node = this.buildQ(q, false, false);
    (containsAggregate(node) ? this.having : this.where).children.push(node);
  }

  /** A Q tree as a WHERE node (for When() conditions). */
  build_condition(q: Q): WhereNode {
    return this.buildQ(q, false, true);
  }

  /** Resolves an aggregate's source path (LEFT OUTER across reverse relations) and its filter. */
  resolve_aggregate(aggregate: Aggregate): ResolvedAggregate {
    const { field, col, lookups } = this.resolve_for_select(aggregate.source);
    if (lookups.length) throw new FieldError(`Cannot resolve keyword '${lookups[0]}' into field.`);
    const output_field = aggregate.function_name === "COUNT" ? COUNT_OUTPUT
      : aggregate.function_name === "AVG" ? AVG_OUTPUT : col.field;
    if (field.is_relation && aggregate.function_name !== "COUNT") {
      throw new FieldError(`Cannot compute ${aggregate.function_name[0]}${aggregate.function_name.slice(1).toLowerCase()}('${aggregate.source}'): '${aggregate.source}' is a relation.`);
    }
    const filter = aggregate.options.filter ? this.buildQ(aggregate.options.filter, false, true) : null;
    return { function_name: aggregate.function_name, col, distinct: aggregate.options.distinct ?? false, filter, output_field };
  }

  /** annotate()/alias(): adds expressions by name; an aggregate groups rows (by the values() names, if any). */
  add_annotations(annotations: Record<string, unknown>, hidden = false): void {
    for (const [alias, expression] of Object.entries(annotations)) {
      if (this.annotations.has(alias) && !this.annotations.get(alias)?.hidden) {
        throw new ValueError(`The annotation '${alias}' conflicts with another annotation.`);
      }
      // After values(), only the selected names clash (Django checks `_fields` then).
      const taken = this.values_select ?? this.model._meta.fields.flatMap((f) => [f.name, f.attname]);
      if (taken.includes(alias)) {
        throw new ValueError(`The annotation '${alias}' conflicts with a field on the model.`);
      }
      const annotation = make_annotation(this, expression, hidden);
      this.annotations.set(alias, annotation);
      if (this.values_select && !hidden) this.values_select.push(alias);
      if (annotation.contains_aggregate) {
        this.group_by ??= this.values_select ? this.values_select.filter((n) => !this.annotations.get(n)?.contains_aggregate) : true;
      }
    }
  }

  private buildQ(q: Q, negated: boolean, inOr: boolean): WhereNode {
    const node = new WhereNode(q.connector, q.negated);
    const childNegated = negated !== q.negated;
    const childInOr = inOr || q.connector === "OR";
    for (const child of q.children) {
      const built = child instanceof Q ? this.buildQ(child, childNegated, childInOr)
        : child instanceof Expression ? this.build_condition_expression(child)
          : this.build_filter(child[0], child[1], childNegated, childInOr);
      // Django's tree.Node.add squashes a non-negated child with the same connector (or one child).
      const squash = built instanceof WhereNode && !built.negated
        && (built.connector === node.connector || built.children.length === 1);
      node.children.push(...(squash ? built.children : [built]));
    }
    return node;
  }

  /** ANDs one condition into the WHERE clause. */
  add_filter(key: string, value: unknown): void {
    this.where.children.push(this.build_filter(key, value, false, false));
  }

  /** One `name__lookup=value` condition (Django: build_filter). */
  build_filter(key: string, value: unknown, negated: boolean, inOr: boolean): WhereNode | WhereLeaf {
    const names = key.split("__");
    const annotation = this.annotations.get(names[0]);
    if (annotation) return this.build_annotation_filter(annotation, names.slice(1), value);
    const lastIsNull = names[names.length - 1] === "isnull" && value === true;
    const wantsOuter = inOr || negated || lastIsNull || value === null;
    const resolved = this.resolve(names, { outer: wantsOuter });
    const { field, col } = resolved;
    let lookups = resolved.lookups;
    const transform = lookups.length && !field.is_relation && isTransform(col.field, lookups[0]) ? lookups[0] : undefined;
    if (transform) lookups = lookups.slice(1);
    if (lookups.length > 1) {
      throw new FieldError(field.is_relation
        ? `Related Field got invalid lookup: ${lookups[0]}`
        : `Unsupported lookup '${lookups.join("__")}' for ${col.field.get_internal_type()} or join on the field not permitted.`);
    }
    const lookup = lookups[0] ?? "exact";
    if (!isLookupName(lookup)) {
      throw new FieldError(field.is_relation
        ? `Related Field got invalid lookup: ${lookup}`
        : `Unsupported lookup '${lookup}' for ${col.field.get_internal_type()} or join on the field not permitted.`);
    }
    const rhsExpr = isExpression(value) ? this.resolveExpression(value) : undefined;
    const lhs = transform ? { ...col, field: transform_output(transform) } : col;
    const leaf: WhereLeaf = { lhs, lookup, rhs: rhsExpr ? undefined : toKey(value, lookup), rhsExpr, transform };
    const join = this.alias_map.get(col.alias);
    const nullable = col.field.null || join?.join_type === "LEFT OUTER JOIN";
    if (negated && lookup !== "isnull" && value !== null && nullable) {
      return new WhereNode("AND", false, [leaf, { lhs: col, lookup: "isnull", rhs: false }]);
    }
    return leaf;
  }

  /** A condition on an annotation: in HAVING when it aggregates, else in WHERE on the expression. */
  private build_annotation_filter(annotation: Annotation, lookups: string[], value: unknown): WhereLeaf {
    const lookup = lookups[0] ?? "exact";
    if (lookups.length > 1 || !isLookupName(lookup)) {
      throw new FieldError(`Unsupported lookup '${lookups.join("__")}' for ${annotation.output_field.get_internal_type()} or join on the field not permitted.`);
    }
    const rhsExpr = isExpression(value) ? this.resolveExpression(value) : undefined;
    return { lhs: { alias: "", column: "", field: annotation.output_field }, lhsExpr: annotation.expr,
      aggregate: annotation.contains_aggregate, lookup, rhs: rhsExpr ? undefined : toKey(value, lookup), rhsExpr };
  }

  /** `filter(Exists(...))`: a boolean expression used as a condition. */
  private build_condition_expression(expression: Expression): WhereLeaf {
    const expr = resolve_expression(this, expression);
    return { lhs: { alias: "", column: "", field: output_field(expr) }, lhsExpr: expr, lookup: "condition", rhs: true };
  }

  /** Turns expressions (F(), Value(), functions, Subquery, ...) into resolved expressions over this query's columns. */
  resolveExpression(value: unknown): Expr {
    return resolve_expression(this, value);
  }

  /**
   * Follows `author__name__icontains` through the models, adding joins as needed, and
   * returns the final field's column and the leftover lookup names (Django: setup_joins
   * and trim_joins: `author__id` uses `author_id` without a join).
   */
  resolve(names: string[], needs: JoinNeeds): ResolvedPath {
    let opts = this.model._meta;
    let alias = this.base_alias;
    let parentOuter = false;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] === "pk" ? opts.pk.name : names[i];
      const field = findField(opts, name);
      if (!field) {
        throw new FieldError(`Cannot resolve keyword '${names[i]}' into field. Choices are: ${opts.query_names().join(", ")}`);
      }
      const rest = names.slice(i + 1);
      const nextIsField = rest.length > 0 && !isLookupName(rest[0]);
      if (field instanceof ManyToManyField || field instanceof ManyToManyRel) {
        // Two joins through the link table; `tags=1` and `tags__id=1` stop at the link's key (Django trims the join).
        const m2m = field instanceof ManyToManyField ? field : field.field;
        const [near, far] = field instanceof ManyToManyField ? [m2m.source_key, m2m.target_key] : [m2m.target_key, m2m.source_key];
        const through = m2m.through._meta;
        alias = this.join(alias, opts.pk.column, through.db_table, near.column, `${alias}|${field.name}`, true, needs, parentOuter);
        parentOuter = this.alias_map.get(alias)?.join_type === "LEFT OUTER JOIN";
        const target = far.related_model._meta;
        const nextName = rest[0] === "pk" ? target.pk.name : rest[0];
        if (!nextIsField || (!needs.noTrim && nextName === target.pk.name && (rest.length === 1 || isLookupName(rest[1])))) {
          return { field, col: { alias, column: far.column, field: far }, lookups: nextIsField ? rest.slice(1) : rest };
        }
        alias = this.join(alias, far.column, target.db_table, target.pk.column, `${alias}|${field.name}|far`, true, needs, parentOuter);
        parentOuter = this.alias_map.get(alias)?.join_type === "LEFT OUTER JOIN";
        opts = target;
        continue;
      }
      if (field instanceof ManyToOneRel) {
        const target = field.related_model._meta;
        alias = this.join(alias, field.model._meta.pk.column, target.db_table, field.field.column,
          `${alias}|${field.name}`, true, needs, parentOuter);
        parentOuter = this.alias_map.get(alias)?.join_type === "LEFT OUTER JOIN";
        if (!nextIsField) return { field, col: { alias, column: target.pk.column, field: target.pk }, lookups: rest };
        opts = target;
        continue;
      }
      if (field instanceof ForeignKey && name !== field.attname && nextIsField) {
        const target = field.related_model._meta;
        const nextName = rest[0] === "pk" ? target.pk.name : rest[0];
        if (!needs.noTrim && nextName === field.target_field.name && (rest.length === 1 || isLookupName(rest[1]))) {
          return { field, col: { alias, column: field.column, field }, lookups: rest.slice(1) };
        }
        alias = this.join(alias, field.column, target.db_table, target.pk.column, `${alias}|${field.name}`,
          field.null, needs, parentOuter);
        parentOuter = this.alias_map.get(alias)?.join_type === "LEFT OUTER JOIN";
        opts = target;
        continue;
      }
      return { field, col: { alias, column: field.column, field }, lookups: rest };
    }
    throw new FieldError(`Cannot resolve '${names.join("__")}': the path ends on a relation.`);
  }

  private join(parent: string, parentColumn: string, table: string, column: string, key: string,
    nullable: boolean, needs: JoinNeeds, parentOuter: boolean): string {
    const outer = parentOuter || (nullable && (needs.outer || Boolean(needs.nullableOnly)));
    const existing = this.joinIndex.get(key);
    if (existing) {
      const join = this.alias_map.get(existing);
      if (join && outer && !needs.nullableOnly && join.join_type === "INNER JOIN") join.join_type = "LEFT OUTER JOIN";
      return existing;
    }
    const taken = [...this.alias_map.values()].some((j) => (j ? j.table_name : this.base_table) === table);
    const alias = taken || this.alias_prefix !== "T" ? `${this.alias_prefix}${this.alias_map.size + 1}` : table;
    this.alias_map.set(alias, {
      table_name: table, alias, parent_alias: parent, parent_column: parentColumn, column,
      join_type: outer ? "LEFT OUTER JOIN" : "INNER JOIN", nullable,
    });
    this.joinIndex.set(key, alias);
    return alias;
  }

  /**
   * A copy for use inside `outer` with every alias renamed `U0`, `U1`, ... (Django:
   * bump_prefix): the first letter after the outer query's that no subquery inside this
   * one has taken, so that a subquery in a subquery keeps its own letter (the inner `U0`,
   * the middle `V0`). A query whose letter already differs from the outer one's is left as it is.
   */
  bump_prefix(outer: Query): Query {
    const copy = this.clone();
    if (this.alias_prefix !== outer.alias_prefix) return copy;
    copy.alias_prefix = next_prefix(this.alias_prefix, this.subq_aliases);
    copy.subq_aliases = new Set([...this.subq_aliases, copy.alias_prefix]);
    outer.subq_aliases = new Set([...outer.subq_aliases, ...copy.subq_aliases]);
    const change = new Map([...this.alias_map.keys()].map((alias, i) => [alias, `${copy.alias_prefix}${i}`]));
    const rename = (alias: string): string => change.get(alias) ?? alias;
    copy.base_alias = rename(this.base_alias);
    copy.alias_map = new Map([...copy.alias_map].map(([alias, join]) =>
      [rename(alias), join && { ...join, alias: rename(alias), parent_alias: rename(join.parent_alias) }]));
    copy.joinIndex = new Map([...this.joinIndex].map(([key, alias]) => [key.split("|").map((part, i) => (i === 0 ? rename(part) : part)).join("|"), rename(alias)]));
    copy.where = relabel_where(this.where, rename);
    copy.having = relabel_where(this.having, rename);
    copy.annotations = new Map([...this.annotations].map(([name, a]) => [name, { ...a, expr: relabel_expr(a.expr, rename) }]));
    copy.extra_select = new Map([...this.extra_select].map(([name, col]) => [name, { ...col, alias: rename(col.alias) }]));
    return copy;
  }

  /**
   * A copy of this subquery whose references to the queries around it are renamed, as
   * the query holding it is relabelled (Django: relabeled_clone); its own aliases stay.
   */
  relabel_outer(rename: (alias: string) => string): Query {
    const outside = (alias: string): string => (this.alias_map.has(alias) ? alias : rename(alias));
    const copy = this.clone();
    copy.where = relabel_where(this.where, outside);
    copy.having = relabel_where(this.having, outside);
    copy.annotations = new Map([...this.annotations].map(([name, a]) => [name, { ...a, expr: relabel_expr(a.expr, outside) }]));
    return copy;
  }

  /** Joins along forward foreign keys (`["author", "publisher"]`) and returns the last table's alias. */
  join_path(path: string[]): string {
    return this.resolve([...path, "pk"], { outer: false, nullableOnly: true, noTrim: true }).col.alias;
  }

  /** Resolves a name for ORDER BY, values() or select_related: LEFT OUTER where the key is nullable. */
  resolve_for_select(name: string): ResolvedPath {
    return this.resolve(name.split("__"), { outer: false, nullableOnly: true });
  }
}

/**
 * The first alias letter after `prefix` not in `taken` (Django's prefix_gen: "U", "V", ...
 * then "AA", "AB", ... once the alphabet runs out).
 */
function next_prefix(prefix: string, taken: ReadonlySet<string>): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const start = alphabet.indexOf(prefix.slice(-1)) + 1;
  const candidates = [...alphabet.slice(start), ...[...alphabet].flatMap((a) => [...alphabet].map((b) => a + b))];
  const found = candidates.find((c) => !taken.has(c));
  if (!found) throw new ValueError(`Maximum recursion depth exceeded: too many subqueries for the alias prefix '${prefix}'.`);
  return found;
}

const COUNT_OUTPUT = new IntegerField();
const AVG_OUTPUT = new FloatField();

function containsAggregate(node: WhereNode): boolean {
  return node.children.some((c) => (c instanceof WhereNode ? containsAggregate(c) : c.aggregate === true));
}

function findField(opts: Options, name: string): Field | ManyToOneRel | ManyToManyRel | undefined {
  return opts.fields.find((f) => f.name === name || f.attname === name)
    ?? opts.many_to_many.find((f) => f.name === name)
    ?? opts.related_objects.find((r) => !r.is_hidden() && r.name === name)
    ?? opts.related_many_to_many.find((r) => r.name === name);
}

/** Model instances in filters stand for their primary key. */
function toKey(value: unknown, lookup: string): unknown {
  const pkOf = (v: unknown): unknown =>
    v !== null && typeof v === "object" && "_meta" in v && "pk" in v ? (v as { pk: unknown }).pk : v;
  if (lookup === "in" && value !== null && typeof value === "object" && Symbol.iterator in value) {
    return [...(value as Iterable<unknown>)].map(pkOf);
  }
  return pkOf(value);
}

/**
 * QuerySet (Django: db/models/query.py): lazy, chainable, with Django's result cache.
 * Python idioms map to: `len(qs)` -> `qs.length`, `qs[i]` -> `qs.at(i)`,
 * `qs[a:b]` -> `qs.slice(a, b)`, `list(qs)` -> `qs.toArray()`, `bool(qs)` -> `qs.__bool__()`.
 */
import type { NPlusOneFlag } from "../../../protocol";
import type { Model } from "./base";
import { Collector } from "./deletion";
import { type ResultKind, materialise } from "./iterables";
import { EmptyResultSet } from "./lookups";
import type { ModelClass } from "./model_class";
import { type Prefetch, prefetch_related_objects } from "./prefetch";
import { Q } from "./query_utils";
import { ValueError } from "../../core/exceptions";
import { Aggregate } from "./aggregates";
import { bulk_create, bulk_update } from "./bulk";
import { compileAggregateQuery, compileCount, compileExists, compileSelect, compileUpdate } from "./sql/compiler";
import { Query } from "./sql/query";
import { add_deferred_loading, add_immediate_loading } from "./sql/deferred";
import type { Field } from "./fields";
import { Manager, type ManagerFor, type QuerySetClass } from "./manager";
import { Expression, F, type OrderBy } from "./expressions";
import { Trunc, type TruncKind } from "./functions";
import { DateField } from "./fields/temporal";
import { NotSupportedError } from "../utils";
import type { Combinator } from "./sql/query";
import { isExpression } from "./sql/expressions";
import { RawQuerySet } from "./raw";
import { note_relation_uses } from "./relation_uses";

/** Keyword conditions: `{ author__name__icontains: "le" }`. */
export type Lookups = Record<string, unknown>;

/** Positional aggregates take their default alias (`Count("books")` is `books__count`), as in Django. */
function named(args: Array<Aggregate | Record<string, unknown>>, method: string, aggregatesOnly: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg instanceof Aggregate) out[arg.default_alias] = arg;
    else {
      for (const [alias, value] of Object.entries(arg)) {
        if (aggregatesOnly ? !(value instanceof Aggregate) : !isExpression(value)) {
          throw new TypeError(`${method}() received non-expression(s): ${String(value)}. Wrap values in Value(), field names in F().`);
        }
        out[alias] = value;
      }
    }
  }
  return out;
}

const DATE = new DateField();

/** Django's MAX_GET_RESULTS: get() fetches at most this many rows to report "more than 20". */
const MAX_GET_RESULTS = 21;

/** A lazy database query; evaluating it (iteration, length, at, toArray) runs it once and caches the rows. */
export class QuerySet<T = Model> implements Iterable<T> {
  readonly model: ModelClass;
  /** Made on first use: most prefetched lists (from_results) never need their query. */
  private _query: Query | undefined;
  /** from_results() conditions not yet compiled: most prefetched lists are only iterated. */
  private _pending_conditions: Lookups | undefined;
  /** Django's `_result_cache`: filled by the first evaluation. */
  protected _result_cache: T[] | null = null;
  protected _kind: ResultKind = "model";
  protected _prefetch_related_lookups: Array<string | Prefetch> = [];
  /** Set by related descriptors: a query run lazily from an instance of a multi-row result. */
  _nPlusOne?: NPlusOneFlag;

  constructor(model: ModelClass, query?: Query) {
    this.model = model;
    this._query = query;
  }

  /** The query tree (Django's `qs.query`). */
  get query(): Query {
    const query = (this._query ??= new Query(this.model));
    const pending = this._pending_conditions;
    if (pending) {
      this._pending_conditions = undefined;
      query.add_q(new Q(pending));
    }
    return query;
  }

  set query(query: Query) {
    this._pending_conditions = undefined;
    this._query = query;
  }

  /** A QuerySet for `conditions` whose rows are already known (prefetch_related results). */
  static from_results<R>(model: ModelClass, results: R[], conditions: Lookups): QuerySet<R> {
    const queryset = new QuerySet<R>(model);
    queryset._pending_conditions = conditions;
    queryset._result_cache = results;
    return queryset;
  }

  /** A Manager whose get_queryset() builds this QuerySet class and forwards its methods (Django: as_manager()). */
  static as_manager<Q extends object>(this: QuerySetClass<Q>): ManagerFor<Q> {
    return new (Manager.from_queryset(this))();
  }

  /** A copy of the same class (a custom QuerySet stays itself through filter() and friends). */
  protected _chain<R = T>(): QuerySet<R> {
    const cls = this.constructor as new (model: ModelClass, query?: Query) => QuerySet<R>;
    const clone = new cls(this.model, this.query.clone());
    clone._kind = this._kind;
    clone._prefetch_related_lookups = [...this._prefetch_related_lookups];
    clone._nPlusOne = this._nPlusOne;
    return clone;
  }

  /** A copy typed as this class. */
  protected _clone(): this {
    return this._chain<T>() as this;
  }

  private connection() {
    return this.model._meta.apps.connection;
  }

  private _fetch_all(): T[] {
    if (this._result_cache) return this._result_cache;
    let compiled;
    try {
      compiled = compileSelect(this.query);
    } catch (error) {
      if (error instanceof EmptyResultSet) return (this._result_cache = []);
      throw error;
    }
    const { rows } = this.connection().execute(compiled.sql, compiled.params, { nPlusOne: this._nPlusOne });
    const results = materialise(this._kind, compiled, rows) as T[];
    if (this._kind === "model" && this._prefetch_related_lookups.length) {
      prefetch_related_objects(results as Model[], this._prefetch_related_lookups);
    }
    if (this._kind === "model") {
      const lookups = this._prefetch_related_lookups.map((l) => (typeof l === "string" ? l : l.prefetch_to));
      note_relation_uses(results as Model[], this.query.select_related, lookups);
    }
    this._result_cache = results;
    return results;
  }

  /** Django refuses most changes to a union()/intersection()/difference(): only slicing, ordering and values(). */
  private _not_support_combined_queries(operation: string): void {
    const combinator = this.query.combinator;
    if (combinator) throw new NotSupportedError(`Calling QuerySet.${operation}() after ${combinator}() is not supported.`);
  }

  /** A copy of this QuerySet (a fresh query when evaluated again). */
  all(): this {
    return this._clone();
  }

  /** Rows matching all conditions: `filter({ title__startswith: "D" })`, or Q objects. */
  filter(...conditions: Array<Lookups | Q | Expression>): this {
    this._not_support_combined_queries("filter");
    return this._filter_or_exclude(false, conditions);
  }

  /** Rows not matching the conditions. */
  exclude(...conditions: Array<Lookups | Q | Expression>): this {
    this._not_support_combined_queries("exclude");
    return this._filter_or_exclude(true, conditions);
  }

  private _filter_or_exclude(negate: boolean, conditions: Array<Lookups | Q | Expression>): this {
    if (this.query.is_sliced()) throw new TypeError("Cannot filter a query once a slice has been taken.");
    const clone = this._clone();
    const q = conditions.map((c) => (c instanceof Q ? c : c instanceof Expression ? new Q({}, "AND", false, [c]) : new Q(c)))
      .reduce((a, b) => a.and(b), new Q());
    clone.query.add_q(negate ? q.not() : q);
    return clone;
  }

  /** The one matching object; raises Model.DoesNotExist or Model.MultipleObjectsReturned. */
  get(...conditions: Array<Lookups | Q>): T {
    if (this.query.combinator && conditions.length) {
      throw new NotSupportedError(`Calling QuerySet.get(...) with filters after ${this.query.combinator}() is not supported.`);
    }
    const clone = conditions.length ? this.filter(...conditions) : this._clone();
    if (!clone.query.is_sliced()) {
      clone.query.order_by = [];
      clone.query.default_ordering = false;
    }
    clone.query.set_limits(0, MAX_GET_RESULTS);
    const results = clone._fetch_all();
    if (results.length === 1) return results[0];
    const name = this.model._meta.object_name;
    if (results.length === 0) throw new this.model.DoesNotExist(`${name} matching query does not exist.`);
    const count = results.length < MAX_GET_RESULTS ? String(results.length) : `more than ${MAX_GET_RESULTS - 1}`;
    throw new this.model.MultipleObjectsReturned(`get() returned more than one ${name} -- it returned ${count}!`);
  }

  /** Creates, saves and returns an object. */
  create(kwargs: Lookups = {}): T {
    const instance = new this.model(kwargs);
    instance.save({ force_insert: true });
    return instance as T;
  }

  /** Django's get_or_create: `{ ...lookups, defaults: {...} }`; returns [object, created]. */
  get_or_create(kwargs: Lookups & { defaults?: Lookups }): [T, boolean] {
    const { defaults = {}, ...lookups } = kwargs;
    try {
      return [this.get(lookups), false];
    } catch (error) {
      if (!(error instanceof this.model.DoesNotExist)) throw error;
      const params = Object.fromEntries(Object.entries(lookups).filter(([k]) => !k.includes("__")));
      return [this.connection().atomic(() => this.create({ ...params, ...defaults })), true];
    }
  }

  /**
   * Django's update_or_create: `{ ...lookups, defaults: {...} }`, in a transaction; updates
   * (every field, with save()) the object found, or creates one. Returns [object, created].
   */
  update_or_create(kwargs: Lookups & { defaults?: Lookups }): [T, boolean] {
    const { defaults = {}, ...lookups } = kwargs;
    return this.connection().atomic(() => {
      let obj: T;
      try {
        obj = this.get(lookups);
      } catch (error) {
        if (!(error instanceof this.model.DoesNotExist)) throw error;
        const params = Object.fromEntries(Object.entries(lookups).filter(([k]) => !k.includes("__")));
        return [this.connection().atomic(() => this.create({ ...params, ...defaults })), true];
      }
      for (const [name, value] of Object.entries(defaults)) (obj as Record<string, unknown>)[name] = value;
      (obj as Model).save();
      return [obj, false];
    });
  }

  /** Inserts many objects with few queries (no save(), no signals); returns them with their pks. */
  bulk_create(objs: T[], options: { batch_size?: number } = {}): T[] {
    return bulk_create(this.model, objs as Model[], options) as T[];
  }

  /** Updates `fields` of many objects with one UPDATE per batch (no save(), no signals); returns the rows matched. */
  bulk_update(objs: T[], fields: string[], options: { batch_size?: number } = {}): number {
    return bulk_update(this.model, objs as Model[], fields, options);
  }

  /** Objects by key: `in_bulk([1, 2])` -> Map {1 => obj, 2 => obj}; no list: every row. */
  in_bulk(id_list?: Iterable<unknown>, options: { field_name?: string } = {}): Map<unknown, T> {
    const field_name = options.field_name ?? "pk";
    const meta = this.model._meta;
    if (field_name !== "pk" && !meta.fields.some((f) => f.name === field_name && f.unique)) {
      throw new ValueError(`in_bulk()'s field_name must be a unique field but '${field_name}' isn't.`);
    }
    if (this.query.is_sliced()) throw new TypeError("Cannot use 'limit' or 'offset' with in_bulk().");
    const ids = id_list === undefined ? undefined : [...id_list];
    if (ids?.length === 0) return new Map();
    const rows = ids === undefined ? this._clone() : this.filter({ [`${field_name}__in`]: ids }).order_by();
    const attname = field_name === "pk" ? meta.pk.attname : meta.get_field(field_name).name;
    return new Map(rows.toArray().map((obj) => [(obj as Record<string, unknown>)[attname], obj]));
  }

  /** An empty QuerySet that runs no query. */
  none(): this {
    const clone = this._clone();
    clone.query.add_filter("pk__in", []);
    return clone;
  }

  /** Runs the query now and yields rows without filling the cache (prefetch_related is ignored, as in Django). */
  *iterator(): Generator<T> {
    let compiled;
    try {
      compiled = compileSelect(this.query);
    } catch (error) {
      if (error instanceof EmptyResultSet) return;
      throw error;
    }
    const { rows } = this.connection().execute(compiled.sql, compiled.params, { nPlusOne: this._nPlusOne });
    yield* materialise(this._kind, compiled, rows) as T[];
  }

  /** The latest object by `fields` (default Meta.get_latest_by); raises DoesNotExist when there is none. */
  latest(...fields: string[]): T {
    return this._earliest_or_latest(fields, true);
  }

  /** The earliest object by `fields` (default Meta.get_latest_by). */
  earliest(...fields: string[]): T {
    return this._earliest_or_latest(fields, false);
  }

  private _earliest_or_latest(fields: string[], latest: boolean): T {
    const method = latest ? "latest" : "earliest";
    if (this.query.is_sliced()) throw new TypeError(`Cannot change a query once a slice has been taken.`);
    const order = fields.length ? fields : this.model._meta.get_latest_by ? [this.model._meta.get_latest_by] : [];
    if (order.length === 0) {
      throw new ValueError(`${method}() requires either fields as positional arguments or 'get_latest_by' in the model's Meta.`);
    }
    const flipped = latest ? order.map((f) => (f.startsWith("-") ? f.slice(1) : `-${f}`)) : order;
    return this.order_by(...flipped).slice(0, 1).get();
  }

  /** The number of rows: from the cache if evaluated, else `SELECT COUNT(*)`. */
  count(): number {
    if (this._result_cache) return this._result_cache.length;
    try {
      const { sql, params } = compileCount(this.query);
      return Number(this.connection().execute(sql, params, { nPlusOne: this._nPlusOne }).rows[0][0]);
    } catch (error) {
      if (error instanceof EmptyResultSet) return 0;
      throw error;
    }
  }

  /** Whether any row matches: from the cache if evaluated, else `SELECT (1) ... LIMIT 1`. */
  exists(): boolean {
    if (this._result_cache) return this._result_cache.length > 0;
    try {
      const { sql, params } = compileExists(this.query);
      return this.connection().execute(sql, params, { nPlusOne: this._nPlusOne }).rows.length > 0;
    } catch (error) {
      if (error instanceof EmptyResultSet) return false;
      throw error;
    }
  }

  /** True when the rows come in a defined order (order_by() or Meta.ordering). */
  get ordered(): boolean {
    return this.query.order_by.length > 0 || (this.query.default_ordering && this.model._meta.ordering.length > 0);
  }

  /** The first row (by pk if unordered), or null. */
  first(): T | null {
    return (this.ordered ? this : this.order_by("pk")).slice(0, 1).toArray()[0] ?? null;
  }

  /** The last row (by pk if unordered), or null. */
  last(): T | null {
    return (this.ordered ? this.reverse() : this.order_by("-pk")).slice(0, 1).toArray()[0] ?? null;
  }

  /** Orders by fields: `order_by("-published", "author__name")`; no arguments clears all ordering. */
  order_by(...fields: Array<string | OrderBy | Expression>): this {
    if (this.query.is_sliced()) throw new TypeError("Cannot reorder a query once a slice has been taken.");
    const clone = this._clone();
    for (const name of fields) {
      if (typeof name !== "string") continue;
      const bare = name.replace(/^-/, "");
      if (name !== "?" && !clone.query.annotations.has(bare)) clone.query.resolve_for_select(bare);
    }
    clone.query.order_by = fields;
    if (fields.length === 0) clone.query.default_ordering = false;
    return clone;
  }

  /** The same rows in the opposite order. */
  reverse(): this {
    const clone = this._clone();
    clone.query.standard_ordering = !clone.query.standard_ordering;
    return clone;
  }

  /** SELECT DISTINCT. */
  distinct(): this {
    this._not_support_combined_queries("distinct");
    const clone = this._clone();
    clone.query.distinct = true;
    return clone;
  }

  /** Follows foreign keys in the same query with JOINs: `select_related("author", "author__publisher")`; no names: every non-null FK. */
  select_related(...fields: string[]): this {
    this._not_support_combined_queries("select_related");
    const clone = this._clone();
    if (fields.length === 0) {
      clone.query.select_related = true;
      return clone;
    }
    const tree = typeof clone.query.select_related === "object" ? structuredClone(clone.query.select_related) : {};
    for (const path of fields) {
      let node = tree;
      for (const name of path.split("__")) node = node[name] ??= {};
    }
    clone.query.select_related = tree;
    return clone;
  }

  /**
   * Loads related objects in one extra query per relation: `prefetch_related("books")`, or
   * `Prefetch("books", { queryset, to_attr })`; `prefetch_related(null)` clears the lookups.
   */
  prefetch_related(...lookups: Array<string | Prefetch | null>): this {
    this._not_support_combined_queries("prefetch_related");
    const clone = this._clone();
    clone._prefetch_related_lookups = lookups.includes(null) ? []
      : [...clone._prefetch_related_lookups, ...lookups.filter((l): l is string | Prefetch => l !== null)];
    return clone;
  }

  /** Loads every field but these; each one costs a query when first read: `defer("body")`; `defer(null)` loads all again. */
  defer(...fields: Array<string | null>): this {
    this._not_support_combined_queries("defer");
    if (this._kind !== "model") throw new TypeError("Cannot call defer() after .values() or .values_list()");
    const clone = this._clone();
    if (fields.includes(null)) clone.query.deferred_loading = [new Set(), true];
    else add_deferred_loading(clone.query, fields.filter((f): f is string => f !== null));
    return clone;
  }

  /** Loads only these fields (and the pk); the others cost a query each when first read: `only("title")`. */
  only(...fields: string[]): this {
    this._not_support_combined_queries("only");
    if (this._kind !== "model") throw new TypeError("Cannot call only() after .values() or .values_list()");
    const clone = this._clone();
    add_immediate_loading(clone.query, fields);
    return clone;
  }

  /** Rows of this QuerySet or any of the others (SQL UNION); `{ all: true }` keeps duplicates (UNION ALL). */
  union(...args: Array<QuerySet<unknown> | { all?: boolean }>): this {
    const options = args.find((a): a is { all?: boolean } => !(a instanceof QuerySet)) ?? {};
    return this._combinator_query("union", args.filter((a): a is QuerySet<unknown> => a instanceof QuerySet), options.all ?? false);
  }

  /** Rows in this QuerySet and in every other (SQL INTERSECT). */
  intersection(...others: Array<QuerySet<unknown>>): this {
    return this._combinator_query("intersection", others, false);
  }

  /** Rows in this QuerySet but in none of the others (SQL EXCEPT). */
  difference(...others: Array<QuerySet<unknown>>): this {
    return this._combinator_query("difference", others, false);
  }

  private _combinator_query(combinator: Combinator, others: Array<QuerySet<unknown>>, all: boolean): this {
    const clone = this._clone();
    clone.query.order_by = [];
    clone.query.default_ordering = false;
    clone.query.low_mark = 0;
    clone.query.high_mark = null;
    clone.query.combined_queries = [this.query, ...others.map((other) => other.query)];
    clone.query.combinator = combinator;
    clone.query.combinator_all = all;
    return clone;
  }

  /** The distinct dates of a date or date-time field cut down to `kind`: `dates("added", "month", { order: "DESC" })`. */
  dates(field_name: string, kind: "year" | "month" | "week" | "day", options: { order?: "ASC" | "DESC" } = {}): QuerySet<unknown> {
    if (!["year", "month", "week", "day"].includes(kind)) throw new ValueError("'kind' must be one of 'year', 'month', 'week', or 'day'.");
    return this._truncated("datefield", Trunc(field_name, kind, { output_field: DATE }), field_name, options.order);
  }

  /** The distinct date-times of a field cut down to `kind` ("year" ... "second"), as Date objects. */
  datetimes(field_name: string, kind: TruncKind, options: { order?: "ASC" | "DESC" } = {}): QuerySet<unknown> {
    if (!["year", "month", "week", "day", "hour", "minute", "second"].includes(kind)) {
      throw new ValueError("'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.");
    }
    return this._truncated("datetimefield", Trunc(field_name, kind), field_name, options.order);
  }

  private _truncated(alias: string, truncated: Expression, field_name: string, order = "ASC"): QuerySet<unknown> {
    if (order !== "ASC" && order !== "DESC") throw new ValueError("'order' must be either 'ASC' or 'DESC'.");
    return this.annotate({ [alias]: truncated, plain_field: new F(field_name) }).values_list(alias, { flat: true })
      .distinct().filter({ plain_field__isnull: false }).order_by(`${order === "DESC" ? "-" : ""}${alias}`);
  }

  /** Rows as objects of the named fields (all fields when none given). */
  values(...fields: string[]): QuerySet<Record<string, unknown>> {
    const clone = this._chain<Record<string, unknown>>();
    clone.query.values_select = fields.length ? fields : this.model._meta.fields.map((f) => f.attname);
    clone._kind = "values";
    return clone;
  }

  /** Rows as arrays of the named fields; `{ flat: true }` with one field gives the values themselves. */
  values_list(...args: Array<string | { flat?: boolean }>): QuerySet<unknown> {
    const options = args.find((a): a is { flat?: boolean } => typeof a === "object") ?? {};
    const fields = args.filter((a): a is string => typeof a === "string");
    if (options.flat && fields.length > 1) {
      throw new TypeError("'flat' is not valid when values_list is called with more than one field.");
    }
    const clone = this._chain<unknown>();
    clone.query.values_select = fields.length ? fields : this.model._meta.fields.map((f) => f.attname);
    clone._kind = options.flat ? "flat" : "values_list";
    return clone;
  }

  /**
   * Adds an aggregate per row, grouped by the model (or by the values() fields before it):
   * `annotate({ n: Count("books") })`, or `annotate(Count("books"))` for `books__count`.
   */
  annotate(...args: Array<Aggregate | Record<string, unknown>>): this {
    this._not_support_combined_queries("annotate");
    const clone = this._clone();
    clone.query.add_annotations(named(args, "annotate", false));
    return clone;
  }

  /** Like annotate() but not selected: a name for filter() and order_by() (Django 3.2's alias()). */
  alias(kwargs: Record<string, unknown>): this {
    this._not_support_combined_queries("alias");
    const clone = this._clone();
    clone.query.add_annotations(named([kwargs], "alias", false), true);
    return clone;
  }

  /** SELECT ... FOR UPDATE: SQLite locks the whole database in a transaction, so Django (and mvt) leave the SQL unchanged. */
  select_for_update(options: { nowait?: boolean; skip_locked?: boolean; of?: string[] } = {}): this {
    void options;
    return this._clone();
  }

  /** Model instances from your own SQL: `raw("SELECT * FROM books_book WHERE title = %s", [title])`; pass values as params, never by string formatting (that is SQL injection). */
  raw(sql: string, params: unknown[] = []): RawQuerySet<T> {
    return new RawQuerySet<T>(this.model, sql, params);
  }

  /** Aggregates over all matching rows: `aggregate({ total: Sum("pages") })` -> `{ total: 1234 }`. */
  aggregate(...args: Array<Aggregate | Record<string, Aggregate>>): Record<string, unknown> {
    const aggregates = Object.entries(named(args, "aggregate", true)) as Array<[string, Aggregate]>;
    const { sql, params, fields, empty } = compileAggregateQuery(this.query, aggregates);
    const row = empty ? aggregates.map(([, a]) => (a.function_name === "COUNT" ? 0 : null))
      : this.connection().execute(sql, params, { nPlusOne: this._nPlusOne }).rows[0];
    return Object.fromEntries(aggregates.map(([alias], i) => [alias, fields[i].from_db_value(row[i])]));
  }

  /** `UPDATE ... SET` on the matching rows (values may be F() expressions); returns the number of rows. */
  update(kwargs: Lookups): number {
    this._not_support_combined_queries("update");
    if (this.query.is_sliced()) throw new TypeError("Cannot update a query once a slice has been taken.");
    const meta = this.model._meta;
    const sets = Object.entries(kwargs).map(([name, value]): [Field, ReturnType<Query["resolveExpression"]>] => {
      const field = meta.get_field(name);
      if (!("attname" in field) || !field.concrete) throw new TypeError(`Cannot update model field ${name} (only non-relations and foreign keys permitted).`);
      return [field, this.query.resolveExpression(value)];
    });
    try {
      const { sql, params } = compileUpdate(this.query, sets);
      return this.connection().execute(sql, params).rowsModified;
    } catch (error) {
      if (error instanceof EmptyResultSet) return 0;
      throw error;
    }
  }

  /** Deletes the matching rows, with cascades; returns Django's `[total, {"books.Book": n}]`. */
  delete(): [number, Record<string, number>] {
    this._not_support_combined_queries("delete");
    if (this.query.is_sliced()) throw new TypeError("Cannot use 'limit' or 'offset' with delete.");
    const collector = new Collector(this.connection());
    collector.collect_query(this.query);
    return collector.delete();
  }

  // -- Evaluation: Python's list protocol, spelled for TypeScript.

  [Symbol.iterator](): Iterator<T> {
    return this._fetch_all()[Symbol.iterator]();
  }

  /** `len(qs)`: evaluates the QuerySet. */
  get length(): number {
    return this._fetch_all().length;
  }

  /** `list(qs)`: evaluates and returns a copy of the rows. */
  toArray(): T[] {
    return [...this._fetch_all()];
  }

  /** `bool(qs)`: evaluates; true when there is at least one row. */
  __bool__(): boolean {
    return this._fetch_all().length > 0;
  }

  /** `qs[i]`: from the cache if evaluated, else `LIMIT 1 OFFSET i`. */
  at(index: number): T {
    if (!Number.isInteger(index) || index < 0) throw new TypeError("Negative indexing is not supported.");
    if (this._result_cache) {
      if (index >= this._result_cache.length) throw new RangeError("list index out of range");
      return this._result_cache[index];
    }
    const results = this.slice(index, index + 1).toArray();
    if (results.length === 0) throw new RangeError("list index out of range");
    return results[0];
  }

  /** `qs[start:end]`: lazy LIMIT/OFFSET (served from the cache if evaluated). */
  slice(start = 0, end?: number): this {
    if (start < 0 || (end !== undefined && end < 0)) throw new TypeError("Negative indexing is not supported.");
    const clone = this._clone();
    clone.query.set_limits(start, end ?? null);
    if (this._result_cache) clone._result_cache = this._result_cache.slice(start, end);
    return clone;
  }

  /** Django's repr: `<QuerySet [<Book: Dune>, ...]>` (evaluates at most 21 rows). */
  toString(): string {
    const rows = this._result_cache ?? this.slice(0, 21).toArray();
    const shown = rows.slice(0, 20).map((r) => (typeof r === "object" && r !== null && "_meta" in r
      ? `<${this.model.name}: ${String(r)}>` : JSON.stringify(r)));
    if (rows.length > 20) shown.push("...(remaining elements truncated)...");
    return `<QuerySet [${shown.join(", ")}]>`;
  }
}

/**
 * Managers (Django: db/models/manager.py): `Book.objects` hands out QuerySets. A model
 * gets `objects` unless it declares its own managers (`static objects = new BookManager()`);
 * `BookQuerySet.as_manager()` and `Manager.from_queryset(BookQuerySet)` expose a custom
 * QuerySet's methods on the manager, as in Django.
 */
import { ImproperlyConfigured } from "../../core/exceptions";
import type { Model } from "./base";
import type { ModelClass } from "./model_class";
import { QuerySet, type Lookups } from "./query";
import type { Q } from "./query_utils";
import type { Aggregate } from "./aggregates";
import type { Expression, OrderBy } from "./expressions";
import type { RawQuerySet } from "./raw";
import type { Prefetch } from "./prefetch";
import type { TruncKind } from "./functions";

/** A QuerySet class a manager can build (a subclass of QuerySet, with custom methods). */
export type QuerySetClass<Q> = new (model: ModelClass) => Q;

/** The methods a custom QuerySet adds, as the manager built from it exposes them. */
export type QuerySetMethods<Q> = Omit<Q, keyof QuerySet<Model>>;

/** The model a QuerySet class yields. */
export type ModelOf<Q> = Q extends QuerySet<infer M> ? (M extends Model ? M : Model) : Model;

/** A manager for a custom QuerySet: every Manager method plus the QuerySet's own. */
export type ManagerFor<Q> = Manager<ModelOf<Q>> & QuerySetMethods<Q>;

/** The interface to a model's table: `Book.objects.filter(...)`; every QuerySet method, as in Django. */
export class Manager<T extends Model = Model> {
  /** The model, set when the model is registered (Django: contribute_to_class). */
  declare model: ModelClass<T>;
  /** The attribute this manager sits on (`objects`). */
  name = "";
  /** The QuerySet class get_queryset() builds (Manager.from_queryset() changes it). */
  protected _queryset_class: new (model: ModelClass) => QuerySet<T> = QuerySet;

  constructor(model?: ModelClass<T>) {
    if (model) this.model = model;
  }

  /** Binds the manager to its model under `name`; returns it. */
  contribute_to_class(model: ModelClass<T>, name: string): this {
    this.model = model;
    this.name = name;
    return this;
  }

  /** The QuerySet every method starts from; override to change what the manager sees. */
  get_queryset(): QuerySet<T> {
    if (!this.model) {
      throw new ImproperlyConfigured(`${this.constructor.name} is not attached to a model: declare it as \`static objects = new ${this.constructor.name}()\` on a registered model.`);
    }
    return new this._queryset_class(this.model);
  }

  /**
   * A Manager class whose get_queryset() builds `queryset_class` and which forwards that
   * class's own methods: `class BookManager extends models.Manager.from_queryset(BookQuerySet) {}`.
   */
  static from_queryset<Q extends object>(queryset_class: QuerySetClass<Q>): new () => ManagerFor<Q> {
    const ManagerFromQuerySet = class extends Manager {
      protected override _queryset_class = queryset_class as unknown as new (model: ModelClass) => QuerySet<Model>;
    };
    for (let proto = queryset_class.prototype as object; proto !== QuerySet.prototype && proto; proto = Object.getPrototypeOf(proto) as object) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === "constructor" || name.startsWith("_") || name in ManagerFromQuerySet.prototype) continue;
        Object.defineProperty(ManagerFromQuerySet.prototype, name, {
          configurable: true, writable: true,
          value: function forward(this: Manager, ...args: unknown[]): unknown {
            const queryset = this.get_queryset() as unknown as Record<string, (...a: unknown[]) => unknown>;
            return queryset[name](...args);
          },
        });
      }
    }
    Object.defineProperty(ManagerFromQuerySet, "name", { value: `ManagerFrom${queryset_class.name}` });
    return ManagerFromQuerySet as unknown as new () => ManagerFor<Q>;
  }

  all(): QuerySet<T> { return this.get_queryset(); }
  none(): QuerySet<T> { return this.get_queryset().none(); }
  filter(...conditions: Array<Lookups | Q | Expression>): QuerySet<T> { return this.get_queryset().filter(...conditions); }
  exclude(...conditions: Array<Lookups | Q | Expression>): QuerySet<T> { return this.get_queryset().exclude(...conditions); }
  get(...conditions: Array<Lookups | Q>): T { return this.get_queryset().get(...conditions); }
  create(kwargs: Lookups = {}): T { return this.get_queryset().create(kwargs); }
  get_or_create(kwargs: Lookups & { defaults?: Lookups }): [T, boolean] { return this.get_queryset().get_or_create(kwargs); }
  update_or_create(kwargs: Lookups & { defaults?: Lookups }): [T, boolean] { return this.get_queryset().update_or_create(kwargs); }
  bulk_create(objs: T[], options: { batch_size?: number } = {}): T[] { return this.get_queryset().bulk_create(objs, options); }
  bulk_update(objs: T[], fields: string[], options: { batch_size?: number } = {}): number {
    return this.get_queryset().bulk_update(objs, fields, options);
  }
  in_bulk(id_list?: Iterable<unknown>, options: { field_name?: string } = {}): Map<unknown, T> {
    return this.get_queryset().in_bulk(id_list, options);
  }
  iterator(): Generator<T> { return this.get_queryset().iterator(); }
  count(): number { return this.get_queryset().count(); }
  exists(): boolean { return this.get_queryset().exists(); }
  first(): T | null { return this.get_queryset().first(); }
  last(): T | null { return this.get_queryset().last(); }
  latest(...fields: string[]): T { return this.get_queryset().latest(...fields); }
  earliest(...fields: string[]): T { return this.get_queryset().earliest(...fields); }
  order_by(...fields: Array<string | OrderBy | Expression>): QuerySet<T> { return this.get_queryset().order_by(...fields); }
  reverse(): QuerySet<T> { return this.get_queryset().reverse(); }
  distinct(): QuerySet<T> { return this.get_queryset().distinct(); }
  select_related(...fields: string[]): QuerySet<T> { return this.get_queryset().select_related(...fields); }
  prefetch_related(...lookups: Array<string | Prefetch | null>): QuerySet<T> { return this.get_queryset().prefetch_related(...lookups); }
  dates(field_name: string, kind: "year" | "month" | "week" | "day", options: { order?: "ASC" | "DESC" } = {}): QuerySet<unknown> {
    return this.get_queryset().dates(field_name, kind, options);
  }
  datetimes(field_name: string, kind: TruncKind, options: { order?: "ASC" | "DESC" } = {}): QuerySet<unknown> {
    return this.get_queryset().datetimes(field_name, kind, options);
  }
  union(...args: Array<QuerySet<unknown> | { all?: boolean }>): QuerySet<T> { return this.get_queryset().union(...args); }
  intersection(...others: Array<QuerySet<unknown>>): QuerySet<T> { return this.get_queryset().intersection(...others); }
  difference(...others: Array<QuerySet<unknown>>): QuerySet<T> { return this.get_queryset().difference(...others); }
  only(...fields: string[]): QuerySet<T> { return this.get_queryset().only(...fields); }
  defer(...fields: Array<string | null>): QuerySet<T> { return this.get_queryset().defer(...fields); }
  annotate(...args: Array<Aggregate | Record<string, unknown>>): QuerySet<T> { return this.get_queryset().annotate(...args); }
  alias(kwargs: Record<string, unknown>): QuerySet<T> { return this.get_queryset().alias(kwargs); }
  select_for_update(options: { nowait?: boolean; skip_locked?: boolean; of?: string[] } = {}): QuerySet<T> {
    return this.get_queryset().select_for_update(options);
  }
  raw(sql: string, params: unknown[] = []): RawQuerySet<T> { return this.get_queryset().raw(sql, params); }
  aggregate(...args: Array<Aggregate | Record<string, Aggregate>>): Record<string, unknown> {
    return this.get_queryset().aggregate(...args);
  }
  values(...fields: string[]): QuerySet<Record<string, unknown>> { return this.get_queryset().values(...fields); }
  values_list(...args: Array<string | { flat?: boolean }>): QuerySet<unknown> { return this.get_queryset().values_list(...args); }
  update(kwargs: Lookups): number { return this.get_queryset().update(kwargs); }
}

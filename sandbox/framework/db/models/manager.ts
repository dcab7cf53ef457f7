/**
 * Managers (Django: db/models/manager.py): `Book.objects` hands out QuerySets. Each
 * registered model gets its own `objects`.
 */
import type { Model } from "./base";
import type { ModelClass } from "./model_class";
import { QuerySet, type Lookups } from "./query";
import type { Q } from "./query_utils";
import type { Aggregate } from "./aggregates";

/** The interface to a model's table: `Book.objects.filter(...)`; every QuerySet method, as in Django. */
export class Manager<T extends Model = Model> {
  readonly model: ModelClass<T>;

  constructor(model: ModelClass<T>) {
    this.model = model;
  }

  /** The QuerySet every method starts from; override to change what the manager sees. */
  get_queryset(): QuerySet<T> {
    return new QuerySet<T>(this.model);
  }

  all(): QuerySet<T> { return this.get_queryset(); }
  none(): QuerySet<T> { return this.get_queryset().none(); }
  filter(...conditions: Array<Lookups | Q>): QuerySet<T> { return this.get_queryset().filter(...conditions); }
  exclude(...conditions: Array<Lookups | Q>): QuerySet<T> { return this.get_queryset().exclude(...conditions); }
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
  order_by(...fields: string[]): QuerySet<T> { return this.get_queryset().order_by(...fields); }
  reverse(): QuerySet<T> { return this.get_queryset().reverse(); }
  distinct(): QuerySet<T> { return this.get_queryset().distinct(); }
  select_related(...fields: string[]): QuerySet<T> { return this.get_queryset().select_related(...fields); }
  prefetch_related(...lookups: string[]): QuerySet<T> { return this.get_queryset().prefetch_related(...lookups); }
  annotate(...args: Array<Aggregate | Record<string, Aggregate>>): QuerySet<T> { return this.get_queryset().annotate(...args); }
  aggregate(...args: Array<Aggregate | Record<string, Aggregate>>): Record<string, unknown> {
    return this.get_queryset().aggregate(...args);
  }
  values(...fields: string[]): QuerySet<Record<string, unknown>> { return this.get_queryset().values(...fields); }
  values_list(...args: Array<string | { flat?: boolean }>): QuerySet<unknown> { return this.get_queryset().values_list(...args); }
  update(kwargs: Lookups): number { return this.get_queryset().update(kwargs); }
}

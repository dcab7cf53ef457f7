/**
 * Managers (Django: db/models/manager.py): `Book.objects` hands out QuerySets. Each
 * registered model gets its own `objects`.
 */
import type { Model } from "./base";
import type { ModelClass } from "./model_class";
import { QuerySet, type Lookups } from "./query";
import type { Q } from "./query_utils";

/** The interface to a model's table: `Book.objects.filter(...)`. */
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
  filter(...conditions: Array<Lookups | Q>): QuerySet<T> { return this.get_queryset().filter(...conditions); }
  exclude(...conditions: Array<Lookups | Q>): QuerySet<T> { return this.get_queryset().exclude(...conditions); }
  get(...conditions: Array<Lookups | Q>): T { return this.get_queryset().get(...conditions); }
  create(kwargs: Lookups = {}): T { return this.get_queryset().create(kwargs); }
  get_or_create(kwargs: Lookups & { defaults?: Lookups }): [T, boolean] { return this.get_queryset().get_or_create(kwargs); }
  count(): number { return this.get_queryset().count(); }
  exists(): boolean { return this.get_queryset().exists(); }
  first(): T | null { return this.get_queryset().first(); }
  last(): T | null { return this.get_queryset().last(); }
  order_by(...fields: string[]): QuerySet<T> { return this.get_queryset().order_by(...fields); }
  select_related(...fields: string[]): QuerySet<T> { return this.get_queryset().select_related(...fields); }
  prefetch_related(...lookups: string[]): QuerySet<T> { return this.get_queryset().prefetch_related(...lookups); }
  values(...fields: string[]): QuerySet<Record<string, unknown>> { return this.get_queryset().values(...fields); }
  values_list(...args: Array<string | { flat?: boolean }>): QuerySet<unknown> { return this.get_queryset().values_list(...args); }
  update(kwargs: Lookups): number { return this.get_queryset().update(kwargs); }
}

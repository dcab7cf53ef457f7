/**
 * Many-to-many managers (Django: create_forward_many_to_many_manager in
 * fields/related_descriptors.py): `book.tags` and `tag.books` with add, remove, set,
 * clear and create, the same queries Django runs and m2m_changed around each change.
 */
import { ValueError } from "../../core/exceptions";
import type { Model } from "./base";
import type { ManyToManyField } from "./fields/many_to_many";
import type { ForeignKey } from "./fields/related";
import { Manager } from "./manager";
import type { ModelClass } from "./model_class";
import { mark_relation_used } from "./relation_uses";
import { QuerySet, type Lookups } from "./query";
import { Q } from "./query_utils";
import { m2m_changed, type M2MAction } from "./signals";
import { quote } from "./sql/compiler";

/** Defines `book.tags` (reverse: `tag.books`) on the prototype of the model it belongs to. */
export function install_m2m_descriptor(field: ManyToManyField, name: string, reverse: boolean): void {
  const owner = reverse ? field.related_model : field.model;
  Object.defineProperty(owner.prototype, name, {
    configurable: true,
    get(this: Model): ManyRelatedManager {
      return new ManyRelatedManager(this, field, reverse, name);
    },
  });
}

/** What one side of a many-to-many relation is made of. */
interface Side {
  /** The through model's key to the instance's model, and to the managed model. */
  source: ForeignKey;
  target: ForeignKey;
  /** The name that filters the managed model by the instance. */
  query_name: string;
}

/** The manager behind `book.tags`: the related objects, and the links in the through model. */
export class ManyRelatedManager<T extends Model = Model> extends Manager<T> {
  readonly instance: Model;
  readonly field: ManyToManyField;
  readonly is_reverse: boolean;
  private readonly accessor: string;
  private readonly side: Side;

  constructor(instance: Model, field: ManyToManyField, reverse: boolean, accessor: string) {
    super((reverse ? field.model : field.related_model) as ModelClass<T>);
    this.instance = instance;
    this.field = field;
    this.is_reverse = reverse;
    this.accessor = accessor;
    const rel = field.related_model._meta.related_many_to_many.find((r) => r.field === field);
    this.side = reverse
      ? { source: field.target_key, target: field.source_key, query_name: field.name }
      : { source: field.source_key, target: field.target_key, query_name: rel?.name ?? "" };
    if (instance.pk === null || instance.pk === undefined) {
      throw new ValueError(`"${String(instance)}" needs to have a value for field "id" before this many-to-many relationship can be used.`);
    }
  }

  /** The through model. */
  get through(): ModelClass {
    return this.field.through;
  }

  override get_queryset(): QuerySet<T> {
    const prefetched = this.instance._state.prefetched.get(this.accessor);
    if (prefetched) {
      mark_relation_used(this.instance, this.accessor);
      return QuerySet.from_results(this.model, prefetched as T[], this.core_filter());
    }
    const queryset = new QuerySet<T>(this.model).filter(this.core_filter());
    if (this.instance._state.from_multi_row) {
      queryset._nPlusOne = { relation: `${this.instance._meta.label}.${this.accessor}`, fix: `prefetch_related("${this.accessor}")` };
    }
    return queryset;
  }

  private core_filter(): Lookups {
    return { [this.side.query_name]: this.instance.pk };
  }

  /** Links objects (instances or pks); existing links are kept. */
  add(...objs: unknown[]): void {
    this.forget_prefetched();
    this.connection().atomic(() => {
      this.add_items(this.side.source, this.side.target, objs, true);
      if (this.symmetrical) this.add_items(this.side.target, this.side.source, objs, false);
    }, { savepoint: false });
  }

  /** Unlinks objects (instances or pks); the objects themselves stay. */
  remove(...objs: unknown[]): void {
    this.forget_prefetched();
    if (objs.length === 0) return;
    const ids = new Set(objs.map((o) => (o instanceof this.model ? o.pk : o)));
    this.connection().atomic(() => {
      this.send("pre_remove", ids);
      this.through._base_manager.filter(this.remove_filter([...ids])).delete();
      this.send("post_remove", ids);
    }, { savepoint: false });
  }

  /** Unlinks every object. */
  clear(): void {
    this.connection().atomic(() => {
      this.send("pre_clear", null);
      this.forget_prefetched();
      this.through._base_manager.filter(this.remove_filter(null)).delete();
      this.send("post_clear", null);
    }, { savepoint: false });
  }

  /** Makes the links exactly `objs`: removes the others and adds the missing ones (`{ clear: true }`: clear, then add). */
  set(objs: Iterable<unknown>, options: { clear?: boolean } = {}): void {
    const wanted = [...objs];
    this.connection().atomic(() => {
      if (options.clear) {
        this.clear();
        this.add(...wanted);
        return;
      }
      const old = new Set(this.get_queryset().values_list(this.side.target.target_field.attname, { flat: true }).toArray());
      const fresh: unknown[] = [];
      for (const obj of wanted) {
        const key = obj instanceof this.model ? obj.pk : this.side.target.target_field.get_db_prep_value(obj);
        if (old.has(key)) old.delete(key);
        else fresh.push(obj);
      }
      this.remove(...old);
      this.add(...fresh);
    }, { savepoint: false });
  }

  /** Creates an object and links it. */
  override create(kwargs: Lookups = {}): T {
    const obj = new QuerySet<T>(this.model).create(kwargs);
    this.add(obj);
    return obj;
  }

  private get symmetrical(): boolean {
    return this.field.symmetrical && this.field.model === this.field.related_model;
  }

  private connection() {
    return this.model._meta.apps.connection;
  }

  private forget_prefetched(): void {
    this.instance._state.prefetched.delete(this.accessor);
  }

  private send(action: M2MAction, pk_set: Set<unknown> | null): void {
    m2m_changed.send(this.through, {
      instance: this.instance, action, reverse: this.is_reverse, model: this.model, pk_set, using: "default",
    });
  }

  /** Django's _build_remove_filters: this instance's links (to `ids`), both ways when symmetrical. */
  private remove_filter(ids: unknown[] | null): Q {
    const { source, target } = this.side;
    const one = (from: ForeignKey, to: ForeignKey) =>
      new Q({ [from.name]: this.instance.pk, ...(ids ? { [`${to.name}__in`]: ids } : {}) });
    const filter = one(source, target);
    return this.symmetrical ? filter.or(one(target, source)) : filter;
  }

  /**
   * Django's _add_items: with no m2m_changed receiver on an automatic through model, one
   * INSERT OR IGNORE; otherwise the missing links are found first and the signal sent.
   */
  private add_items(source: ForeignKey, target: ForeignKey, objs: unknown[], primary: boolean): void {
    if (objs.length === 0) return;
    const ids = this.target_ids(objs);
    const auto = this.through._meta.auto_created !== undefined;
    const signals = primary && m2m_changed.has_listeners(this.through);
    if (auto && !signals) {
      this.insert(source, target, ids, true);
      return;
    }
    const existing = new Set(this.through._base_manager.filter({ [source.name]: this.instance.pk, [`${target.name}__in`]: [...ids] })
      .values_list(target.attname, { flat: true }).toArray());
    const missing = new Set([...ids].filter((id) => !existing.has(id)));
    this.connection().atomic(() => {
      if (signals) this.send("pre_add", missing);
      this.insert(source, target, missing, auto);
      if (signals) this.send("post_add", missing);
    }, { savepoint: false });
  }

  /** Inserts the links: INSERT OR IGNORE into an automatic through table, bulk_create() of an explicit through model (its defaults apply). */
  private insert(source: ForeignKey, target: ForeignKey, ids: Set<unknown>, ignore: boolean): void {
    if (ids.size === 0) return;
    const through = this.through;
    if (!ignore) {
      through._base_manager.bulk_create([...ids].map((id) => new through({ [source.attname]: this.instance.pk, [target.attname]: id })));
      return;
    }
    const meta = through._meta;
    this.connection().execute(
      `INSERT OR IGNORE INTO ${quote(meta.db_table)} (${quote(source.column)}, ${quote(target.column)}) ` +
      `VALUES ${[...ids].map(() => "(?, ?)").join(", ")}`,
      [...ids].flatMap((id) => [this.instance.pk, id]));
  }

  /** Django's _get_target_ids: pks of instances of the managed model, or raw keys. */
  private target_ids(objs: unknown[]): Set<unknown> {
    const ids = new Set<unknown>();
    for (const obj of objs) {
      if (obj instanceof this.model) {
        if (obj.pk === null || obj.pk === undefined) {
          throw new ValueError(`Cannot add "<${this.model.name}: ${String(obj)}>": the value for field "${this.model._meta.pk.name}" is None`);
        }
        ids.add(obj.pk);
      } else if (obj !== null && typeof obj === "object" && "_meta" in obj) {
        throw new TypeError(`'${this.model.name}' instance expected, got <${obj.constructor.name}: ${String(obj)}>`);
      } else {
        ids.add(this.side.target.target_field.get_db_prep_value(obj));
      }
    }
    return ids;
  }
}


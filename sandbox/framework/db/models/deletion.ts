/**
 * Deleting with cascades (Django: db/models/deletion.py): a Collector gathers the rows
 * that on_delete says go too (or blocks with PROTECT), then deletes in one transaction.
 */
import type { Connection } from "../backends/sqljs/base";
import { IntegrityError } from "../utils";
import type { Model } from "./base";
import type { ForeignKey } from "./fields/related";
import type { ModelClass } from "./model_class";
import { materialise } from "./iterables";
import { post_delete, pre_delete } from "./signals";
import { compileDelete, compileSelect, compileUpdate } from "./sql/compiler";
import { Query } from "./sql/query";

/** What a ForeignKey does when its target is deleted: `models.CASCADE`, `models.PROTECT`, ... */
export type OnDelete = (collector: Collector, field: ForeignKey, sub_objs: Model[]) => void;

/** Deleting would remove rows still referenced through a PROTECT foreign key. */
export class ProtectedError extends IntegrityError {
  readonly protected_objects: Model[];

  constructor(message: string, protected_objects: Model[]) {
    super(message);
    this.protected_objects = protected_objects;
  }
}

/** Deletes the rows that point at the deleted one too. */
export const CASCADE: OnDelete = (collector, _field, sub_objs) => collector.collect(sub_objs);

/** Refuses the delete while rows point at it (raises ProtectedError). */
export const PROTECT: OnDelete = (_collector, field, sub_objs) => {
  throw new ProtectedError(
    `Cannot delete some instances of model '${field.related_model.name}' because they are referenced ` +
    `through protected foreign keys: '${field.model.name}.${field.name}'.`, sub_objs);
};

/** Sets the key to NULL (the field must have `null: true`). */
export const SET_NULL: OnDelete = (collector, field, sub_objs) => collector.add_field_update(field, null, sub_objs);

/** Sets the key to the field's default. */
export const SET_DEFAULT: OnDelete = (collector, field, sub_objs) =>
  collector.add_field_update(field, field.get_default(), sub_objs);

/** Leaves the rows alone (the database may then refuse the delete). */
export const DO_NOTHING: OnDelete = () => undefined;

/** Sets the key to `value` (or what `value()` returns). */
export function SET(value: unknown): OnDelete {
  return (collector, field, sub_objs) =>
    collector.add_field_update(field, typeof value === "function" ? (value as () => unknown)() : value, sub_objs);
}

/** Collects what a delete touches, then deletes it (Django's Collector). */
export class Collector {
  private readonly connection: Connection;
  /** Instances to delete, per model, in the order they were collected. */
  private readonly data = new Map<ModelClass, Model[]>();
  /** `DELETE ... WHERE fk IN (...)` for related rows nothing else depends on. */
  private readonly fast_deletes: Query[] = [];
  private readonly field_updates: Array<{ field: ForeignKey; value: unknown; objs: Model[] }> = [];

  constructor(connection: Connection) {
    this.connection = connection;
  }

  /** Adds instances and, following on_delete, what points at them. */
  collect(objs: Model[]): void {
    if (objs.length === 0) return;
    const model = objs[0].constructor as ModelClass;
    const known = this.data.get(model) ?? [];
    const fresh = objs.filter((o) => !known.some((k) => k.pk === o.pk));
    if (fresh.length === 0) return;
    this.data.set(model, [...known, ...fresh]);
    for (const relation of model._meta.related_objects) {
      const field = relation.field;
      if (field.on_delete === DO_NOTHING) continue;
      const query = new Query(field.model);
      query.add_filter(`${field.name}__in`, fresh.map((o) => o.pk));
      if (field.on_delete === CASCADE && can_fast_delete(field.model)) {
        this.fast_deletes.push(query);
        continue;
      }
      const sub_objs = fetch(this.connection, query);
      if (sub_objs.length) field.on_delete(this, field, sub_objs);
    }
  }

  /** Adds the rows of a query: deleted directly when nothing points at them, else loaded and collected. */
  collect_query(query: Query): void {
    if (can_fast_delete(query.model)) this.fast_deletes.push(query);
    else this.collect(fetch(this.connection, query));
  }

  /** Records `UPDATE ... SET field = value` for `objs` (SET_NULL, SET_DEFAULT, SET()). */
  add_field_update(field: ForeignKey, value: unknown, objs: Model[]): void {
    this.field_updates.push({ field, value, objs });
  }

  /** Runs the deletes; returns Django's `(total, {"books.Book": n})`. */
  delete(): [number, Record<string, number>] {
    const counts: Record<string, number> = {};
    const count = (model: ModelClass, n: number): void => {
      counts[model._meta.label] = (counts[model._meta.label] ?? 0) + n;
    };
    const models = [...this.data.keys()].reverse();
    // Django's shortcut: one instance that nothing points at is deleted without a transaction.
    const single = models.length === 1 && this.data.get(models[0])?.length === 1 && can_fast_delete(models[0]);
    const run = (): void => {
      for (const [model, instances] of this.data) {
        if (model._meta.auto_created) continue; // no signals for automatic through rows, as Django
        for (const instance of instances) pre_delete.send(model, { instance, using: "default" });
      }
      for (const query of this.fast_deletes) {
        const { sql, params } = compileDelete(query);
        count(query.model, this.connection.execute(sql, params).rowsModified);
      }
      for (const { field, value, objs } of this.field_updates) {
        const query = new Query(field.model);
        query.add_filter("pk__in", objs.map((o) => o.pk));
        const { sql, params } = compileUpdate(query, [[field, { kind: "value", value }]]);
        this.connection.execute(sql, params);
      }
      for (const model of models) {
        const instances = this.data.get(model) ?? [];
        const query = new Query(model);
        query.add_filter("pk__in", instances.map((o) => o.pk));
        const { sql, params } = compileDelete(query);
        count(model, this.connection.execute(sql, params).rowsModified);
      }
      for (const [model, instances] of this.data) {
        if (model._meta.auto_created) continue;
        for (const instance of instances) post_delete.send(model, { instance, using: "default" });
      }
    };
    if (single) run();
    else this.connection.atomic(run, { savepoint: false });
    for (const { field, value, objs } of this.field_updates) {
      for (const obj of objs) (obj as unknown as Record<string, unknown>)[field.attname] = value;
    }
    for (const instances of this.data.values()) for (const obj of instances) obj.pk = null;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return [total, Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))];
  }
}

/**
 * Rows of `model` can go without loading them when nothing else points at `model` and no
 * receiver wants to see them deleted (Django: Collector.can_fast_delete).
 */
function can_fast_delete(model: ModelClass): boolean {
  if (pre_delete.has_listeners(model) || post_delete.has_listeners(model)) return false;
  return model._meta.related_objects.every((r) => r.field.on_delete === DO_NOTHING);
}

function fetch(connection: Connection, query: Query): Model[] {
  const compiled = compileSelect(query);
  const { rows } = connection.execute(compiled.sql, compiled.params);
  return materialise("model", compiled, rows) as Model[];
}

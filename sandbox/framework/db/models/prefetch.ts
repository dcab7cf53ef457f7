/**
 * prefetch_related (Django: prefetch_related_objects in db/models/query.py): one extra
 * query per relation level, `WHERE key IN (...)`, joined to the instances in JavaScript.
 */
import { AttributeError } from "../../core/exceptions";
import type { Model } from "./base";
import { ForeignKey } from "./fields/related";
import { getAttr, type ModelClass } from "./model_class";
import { QuerySet } from "./query";

/** Fills the relations named by `lookups` ("books", "books__author") on `instances`. */
export function prefetch_related_objects(instances: Model[], lookups: string[]): void {
  for (const lookup of lookups) {
    let level = instances;
    for (const name of lookup.split("__")) {
      if (level.length === 0) break;
      level = prefetch_one(level, name, lookup);
    }
  }
}

/** Prefetches one relation on instances of one model; returns the related instances. */
function prefetch_one(instances: Model[], name: string, lookup: string): Model[] {
  const meta = instances[0]._meta;
  const forward = meta.foreign_keys.find((f) => f.name === name);
  if (forward) return prefetch_forward(instances, forward);
  const m2m = meta.many_to_many.find((f) => f.name === name);
  const m2mRel = meta.related_many_to_many.find((r) => !r.is_hidden() && r.accessor_name === name);
  if (m2m) {
    const rel = m2m.related_model._meta.related_many_to_many.find((r) => r.field === m2m);
    return prefetch_many_to_many(instances, name, m2m.related_model, rel?.name ?? "");
  }
  if (m2mRel) return prefetch_many_to_many(instances, name, m2mRel.related_model, m2mRel.field.name);
  const reverse = meta.related_objects.find((r) => r.accessor_name === name);
  if (!reverse) {
    throw new AttributeError(`Cannot find '${name}' on ${meta.object_name} object, '${lookup}' is an invalid parameter to prefetch_related()`);
  }
  const done = instances.filter((i) => i._state.prefetched.has(name));
  const todo = instances.filter((i) => !i._state.prefetched.has(name));
  const field = reverse.field;
  const related = todo.length
    ? new QuerySet<Model>(field.model).filter({ [`${field.name}__in`]: todo.map((i) => i.pk) }).toArray() : [];
  const byKey = new Map<unknown, Model[]>();
  for (const obj of related) {
    const key = getAttr(obj, field.attname);
    const list = byKey.get(key);
    if (list) list.push(obj);
    else byKey.set(key, [obj]);
  }
  for (const instance of todo) {
    const children = byKey.get(instance.pk) ?? [];
    for (const child of children) child._state.fields_cache.set(field.name, instance);
    instance._state.prefetched.set(name, children);
  }
  return [...related, ...done.flatMap((i) => i._state.prefetched.get(name) ?? [])];
}

function prefetch_forward(instances: Model[], field: ForeignKey): Model[] {
  const keys = [...new Set(instances.map((i) => getAttr(i, field.attname)).filter((k) => k !== null && k !== undefined))];
  const related = keys.length
    ? new QuerySet<Model>(field.related_model).filter({ [`${field.target_field.name}__in`]: keys }).toArray() : [];
  const byPk = new Map(related.map((r) => [r.pk, r]));
  for (const instance of instances) {
    instance._state.fields_cache.set(field.name, byPk.get(getAttr(instance, field.attname)) ?? null);
  }
  return related;
}

/**
 * One query for the related objects of every instance, joined through the link table,
 * with the instance's key selected as `_prefetch_related_val_<column>` (as Django does).
 */
function prefetch_many_to_many(instances: Model[], name: string, model: ModelClass, query_name: string): Model[] {
  const todo = instances.filter((i) => !i._state.prefetched.has(name));
  const queryset = new QuerySet<Model>(model).filter({ [`${query_name}__in`]: todo.map((i) => i.pk) });
  const { col } = queryset.query.resolve([query_name], { outer: false });
  const key = `_prefetch_related_val_${col.column}`;
  queryset.query.extra_select.set(key, col);
  const related = todo.length ? queryset.toArray() : [];
  const byKey = new Map<unknown, Model[]>();
  for (const obj of related) {
    const value = getAttr(obj, key);
    const list = byKey.get(value);
    if (list) list.push(obj);
    else byKey.set(value, [obj]);
  }
  for (const instance of todo) instance._state.prefetched.set(name, byKey.get(instance.pk) ?? []);
  return [...related, ...instances.filter((i) => !todo.includes(i)).flatMap((i) => i._state.prefetched.get(name) ?? [])];
}

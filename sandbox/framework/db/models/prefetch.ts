/**
 * prefetch_related (Django: Prefetch and prefetch_related_objects in db/models/query.py):
 * one extra query per relation level, `WHERE key IN (...)`, joined to the instances in JavaScript.
 */
import { AttributeError, ValueError } from "../../core/exceptions";
import type { Model } from "./base";
import { ForeignKey } from "./fields/related";
import { getAttr, type ModelClass, setAttr } from "./model_class";
import { QuerySet } from "./query";

/** Options of a Prefetch: the QuerySet that loads the related rows, and a plain attribute to store them in. */
export interface PrefetchOptions {
  queryset?: QuerySet<Model>;
  to_attr?: string;
}

/** A prefetch_related lookup with its own QuerySet (filtered, ordered) and, optionally, `to_attr` for a plain array. */
export class Prefetch {
  /** The relations followed, as written (`"books__reviews"`). */
  readonly prefetch_through: string;
  /** Where the results go: the lookup, with its last name replaced by to_attr. */
  readonly prefetch_to: string;
  readonly queryset: QuerySet<Model> | null;
  readonly to_attr: string | null;

  constructor(lookup: string, options: PrefetchOptions = {}) {
    if (options.queryset && options.queryset.query.values_select) {
      throw new ValueError("Prefetch querysets cannot use raw(), values(), and values_list().");
    }
    this.prefetch_through = lookup;
    this.to_attr = options.to_attr ?? null;
    this.queryset = options.queryset ?? null;
    this.prefetch_to = this.to_attr ? [...lookup.split("__").slice(0, -1), this.to_attr].join("__") : lookup;
  }
}

/** Where one level's results go: the relation's prefetch cache, or an attribute (to_attr). */
interface Level {
  name: string;
  queryset: QuerySet<Model> | null;
  to_attr: string | null;
  lookup: string;
}

/** Fills the relations named by `lookups` ("books", "books__author", Prefetch(...)) on `instances`. */
export function prefetch_related_objects(instances: Model[], lookups: Array<string | Prefetch>): void {
  const done = new Set<string>();
  for (const given of lookups) {
    const lookup = typeof given === "string" ? new Prefetch(given) : given;
    if (done.has(lookup.prefetch_to)) {
      if (lookup.queryset) {
        throw new ValueError(`'${lookup.prefetch_to}' lookup was already seen with a different queryset. You may need to adjust the ordering of your lookups.`);
      }
      continue;
    }
    const names = lookup.prefetch_through.split("__");
    let level = instances;
    for (let i = 0; i < names.length && level.length; i++) {
      const last = i === names.length - 1;
      level = prefetch_level(level, { name: names[i], queryset: last ? lookup.queryset : null,
        to_attr: last ? lookup.to_attr : null, lookup: lookup.prefetch_through });
      done.add(last ? lookup.prefetch_to : names.slice(0, i + 1).join("__"));
    }
  }
}

/** Prefetches one relation on instances of one model (or reads an earlier to_attr); returns the related instances. */
function prefetch_level(instances: Model[], level: Level): Model[] {
  const { name } = level;
  const meta = instances[0]._meta;
  const forward = meta.foreign_keys.find((f) => f.name === name);
  if (forward) return prefetch_forward(instances, forward, level);
  const m2m = meta.many_to_many.find((f) => f.name === name);
  if (m2m) {
    const rel = m2m.related_model._meta.related_many_to_many.find((r) => r.field === m2m);
    return prefetch_many_to_many(instances, m2m.related_model, rel?.name ?? "", level);
  }
  const m2mRel = meta.related_many_to_many.find((r) => !r.is_hidden() && r.accessor_name === name);
  if (m2mRel) return prefetch_many_to_many(instances, m2mRel.related_model, m2mRel.field.name, level);
  const reverse = meta.related_objects.find((r) => r.accessor_name === name);
  if (reverse) return prefetch_reverse(instances, reverse.field, level);
  if (Object.prototype.hasOwnProperty.call(instances[0], name)) {
    return instances.flatMap((i) => getAttr(i, name) as Model[] | Model | null ?? []);
  }
  throw new AttributeError(`Cannot find '${name}' on ${meta.object_name} object, '${level.lookup}' is an invalid parameter to prefetch_related()`);
}

/** Instances whose results for this level are already there (an earlier lookup, or the same to_attr). */
function is_fetched(instance: Model, level: Level): boolean {
  return level.to_attr ? Object.prototype.hasOwnProperty.call(instance, level.to_attr) : instance._state.prefetched.has(level.name);
}

/** Stores a to-many result: a plain array in to_attr, else the prefetch cache the related manager serves. */
function store_many(instance: Model, level: Level, related: Model[]): void {
  if (level.to_attr) setAttr(instance, level.to_attr, related);
  else instance._state.prefetched.set(level.name, related);
}

/** Splits `instances` into those still to fetch and the related instances of those fetched earlier. */
function split_fetched(instances: Model[], level: Level): { todo: Model[]; earlier: Model[] } {
  const todo: Model[] = [];
  const earlier: Model[] = [];
  for (const instance of instances) {
    if (!is_fetched(instance, level)) todo.push(instance);
    else earlier.push(...((level.to_attr ? getAttr(instance, level.to_attr) as Model[] : instance._state.prefetched.get(level.name)) ?? []));
  }
  return { todo, earlier };
}

function group_by(objs: Model[], key: string): Map<unknown, Model[]> {
  const groups = new Map<unknown, Model[]>();
  for (const obj of objs) {
    const value = getAttr(obj, key);
    const list = groups.get(value);
    if (list) list.push(obj);
    else groups.set(value, [obj]);
  }
  return groups;
}

function prefetch_reverse(instances: Model[], field: ForeignKey, level: Level): Model[] {
  const { todo, earlier } = split_fetched(instances, level);
  const base = level.queryset ?? new QuerySet<Model>(field.model);
  const related = todo.length ? base.filter({ [`${field.name}__in`]: todo.map((i) => i.pk) }).toArray() : [];
  const byKey = group_by(related, field.attname);
  for (const instance of todo) {
    const children = byKey.get(instance.pk) ?? [];
    for (const child of children) child._state.set_cached(field.name, instance);
    store_many(instance, level, children);
  }
  return earlier.length ? [...related, ...earlier] : related;
}

function prefetch_forward(instances: Model[], field: ForeignKey, level: Level): Model[] {
  const keys = [...new Set(instances.map((i) => getAttr(i, field.attname)).filter((k) => k !== null && k !== undefined))];
  const base = level.queryset ?? new QuerySet<Model>(field.related_model);
  const related = keys.length ? base.filter({ [`${field.target_field.name}__in`]: keys }).toArray() : [];
  const byPk = new Map(related.map((r) => [r.pk, r]));
  for (const instance of instances) {
    const value = byPk.get(getAttr(instance, field.attname)) ?? null;
    if (level.to_attr) setAttr(instance, level.to_attr, value);
    else instance._state.set_cached(field.name, value);
  }
  return related;
}

/**
 * One query for the related objects of every instance, joined through the link table,
 * with the instance's key selected as `_prefetch_related_val_<column>` (as Django does).
 */
function prefetch_many_to_many(instances: Model[], model: ModelClass, query_name: string, level: Level): Model[] {
  const { todo, earlier } = split_fetched(instances, level);
  const queryset = (level.queryset ?? new QuerySet<Model>(model)).filter({ [`${query_name}__in`]: todo.map((i) => i.pk) });
  const { col } = queryset.query.resolve([query_name], { outer: false });
  const key = `_prefetch_related_val_${col.column}`;
  queryset.query.extra_select.set(key, col);
  const related = todo.length ? queryset.toArray() : [];
  const byKey = group_by(related, key);
  for (const instance of todo) store_many(instance, level, byKey.get(instance.pk) ?? []);
  return earlier.length ? [...related, ...earlier] : related;
}

/**
 * only() and defer() on the query tree (Django: Query.add_deferred_loading,
 * add_immediate_loading and deferred_to_data in db/models/sql/query.py).
 */
import { FieldDoesNotExist } from "../../../core/exceptions";
import type { Field } from "../fields";
import type { ModelClass } from "../model_class";
import type { Query } from "./query";

function withPk(query: Query, names: string[]): string[] {
  return names.map((name) => (name === "pk" ? query.model._meta.pk.name : name));
}

/** defer(...names): adds to the deferred names, or takes them out of only()'s names. */
export function add_deferred_loading(query: Query, names: string[]): void {
  const [existing, defer] = query.deferred_loading;
  const given = withPk(query, names);
  query.deferred_loading = defer ? [new Set([...existing, ...given]), true]
    : [new Set([...existing].filter((name) => !given.includes(name))), false];
}

/** only(...names): these names (and the pk) are loaded; names deferred before stay deferred. */
export function add_immediate_loading(query: Query, names: string[]): void {
  const [existing, defer] = query.deferred_loading;
  const given = withPk(query, names);
  query.deferred_loading = [new Set(defer ? given.filter((name) => !existing.has(name)) : given), false];
}

/**
 * The fields to select for `model` reached by the select_related `path` (empty for the
 * query's own model), in field order; the pk is never deferred.
 */
export function loaded_fields(query: Query, model: ModelClass, path: string[]): Field[] {
  const all = model._meta.fields;
  const [names, defer] = query.deferred_loading;
  if (names.size === 0) return all;
  const here = new Set<string>();
  const traversed = new Set<string>();
  for (const name of names) {
    const parts = name.split("__");
    if (parts.length <= path.length || path.some((p, i) => parts[i] !== p)) continue;
    (parts.length === path.length + 1 ? here : traversed).add(parts[path.length]);
  }
  for (const name of here) {
    if (!all.some((f) => f.name === name || f.attname === name)) {
      throw new FieldDoesNotExist(`${model._meta.object_name} has no field named '${name}'`);
    }
  }
  const named = (f: Field): boolean => here.has(f.name) || here.has(f.attname);
  if (defer) return all.filter((f) => f.primary_key || !named(f));
  // only(): a related model none of the names reach is loaded whole, as in Django.
  if (path.length > 0 && here.size === 0 && traversed.size === 0) return all;
  return all.filter((f) => f.primary_key || named(f) || traversed.has(f.name));
}

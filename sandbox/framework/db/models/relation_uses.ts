/**
 * Which relations loaded ahead are read (for the recorder's "unused select_related /
 * prefetch_related" report): each evaluated QuerySet notes its relations on the tracer
 * and tags the instances; reading the relation from the cache marks it used.
 */
import type { RelationUse } from "../../core/trace";
import type { Model } from "./base";
import type { SelectRelated } from "./sql/query";

/** Tags `instances` with a use per select_related path and prefetch_related lookup (first level). */
export function note_relation_uses(instances: Model[], select_related: SelectRelated, prefetch: string[]): void {
  if (instances.length === 0 || (!select_related && prefetch.length === 0)) return;
  const meta = instances[0]._meta;
  const tracer = meta.apps.connection.tracer;
  if (select_related && select_related !== true) {
    const walk = (level: Model[], tree: Exclude<SelectRelated, boolean>, path: string): void => {
      for (const [name, subtree] of Object.entries(tree)) {
        if (level.length === 0) continue;
        const relation = `${level[0]._meta.label}.${name}`;
        tag(level, name, tracer.request_relation(path ? `${path}__${name}` : relation, "select_related"));
        const next = level.map((i) => i._state.fields_cache.get(name)).filter((r): r is Model => Boolean(r));
        walk(next, subtree, path ? `${path}__${name}` : relation);
      }
    };
    walk(instances, select_related, "");
  }
  for (const lookup of new Set(prefetch.map((l) => l.split("__")[0]))) {
    tag(instances, lookup, tracer.request_relation(`${meta.label}.${lookup}`, "prefetch_related"));
  }
}

function tag(instances: Model[], name: string, use: RelationUse): void {
  for (const instance of instances) instance._state.relation_uses.set(name, use);
}

/** Marks the relation `name` of `instance` as read. */
export function mark_relation_used(instance: Model, name: string): void {
  const use = instance._state.peek_relation_use(name);
  if (use) use.used = true;
}

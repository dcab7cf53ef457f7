/**
 * Which relations loaded ahead are read (for the recorder's "unused select_related /
 * prefetch_related" report): each evaluated QuerySet notes its relations on the tracer
 * and tags the instances; reading the relation from the cache marks it used.
 */
import type { RelationUse } from "../../core/trace";
import type { Model } from "./base";
import type { SelectRelated } from "./sql/query";

/**
 * Tags `instances` with a use per select_related path and prefetch_related lookup (first
 * level). The instances of one level share one map of uses: a query's rows are tagged
 * together, so one map serves them all instead of one per row.
 */
export function note_relation_uses(instances: Model[], select_related: SelectRelated, prefetch: string[]): void {
  if (instances.length === 0 || (!select_related && prefetch.length === 0)) return;
  const meta = instances[0]._meta;
  const tracer = meta.apps.connection.tracer;
  const top = new Map<string, RelationUse>();
  if (select_related && select_related !== true) {
    const walk = (level: Model[], tree: Exclude<SelectRelated, boolean>, path: string, uses: Map<string, RelationUse>): void => {
      for (const [name, subtree] of Object.entries(tree)) {
        const relation = path ? `${path}__${name}` : `${level[0]._meta.label}.${name}`;
        uses.set(name, tracer.request_relation(relation, "select_related"));
        const next: Model[] = [];
        for (const instance of level) {
          const related = instance._state.get_cached(name);
          if (related) next.push(related);
        }
        if (next.length === 0) continue;
        const nested = new Map<string, RelationUse>();
        walk(next, subtree, relation, nested);
        tag(next, nested);
      }
    };
    walk(instances, select_related, "", top);
  }
  for (const lookup of new Set(prefetch.map((l) => l.split("__")[0]))) {
    top.set(lookup, tracer.request_relation(`${meta.label}.${lookup}`, "prefetch_related"));
  }
  tag(instances, top);
}

/** Gives each instance the shared `uses` (merged with any it already has). */
function tag(instances: Model[], uses: ReadonlyMap<string, RelationUse>): void {
  if (uses.size === 0) return;
  for (const instance of instances) {
    const state = instance._state;
    const own = state.relation_uses;
    if (own === undefined || own === uses) state.relation_uses = uses;
    else state.relation_uses = new Map([...own, ...uses]);
  }
}

/** Marks the relation `name` of `instance` as read. */
export function mark_relation_used(instance: Model, name: string): void {
  const use = instance._state.relation_uses?.get(name);
  if (use) use.used = true;
}

/** Ordering by dependencies (Django: django/utils/topological_sort.py). */

/** Django's CyclicDependencyError. */
export class CyclicDependencyError extends Error {
  override name = "CyclicDependencyError";
}

/**
 * Django's topological_sort_as_sets (Kahn's algorithm): layers of nodes, the first
 * with no dependencies, each next one depending only on nodes of earlier layers.
 */
export function* topological_sort_as_sets<T>(dependency_graph: ReadonlyMap<T, ReadonlySet<T>>): Generator<Set<T>> {
  let todo = new Map(dependency_graph);
  while (todo.size) {
    const current = new Set([...todo].filter(([, deps]) => deps.size === 0).map(([node]) => node));
    if (!current.size) throw new CyclicDependencyError(`Cyclic dependency in graph: ${[...todo.keys()].map(String).join(", ")}`);
    yield current;
    todo = new Map([...todo].filter(([node]) => !current.has(node))
      .map(([node, deps]) => [node, new Set([...deps].filter((dep) => !current.has(dep)))]));
  }
}

/** Django's stable_topological_sort: by layers, and within a layer in the order of `nodes`. */
export function stable_topological_sort<T>(nodes: readonly T[], dependency_graph: ReadonlyMap<T, ReadonlySet<T>>): T[] {
  const result: T[] = [];
  for (const layer of topological_sort_as_sets(dependency_graph)) result.push(...nodes.filter((node) => layer.has(node)));
  return result;
}

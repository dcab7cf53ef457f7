import type { QuerySummary } from "../../../../sandbox/protocol";

/** How one query repeats: its similar group (same SQL) and duplicate group (same SQL and params). */
export interface Repeats {
  /** 0-based number of its similar group among the groups that repeat, for its colour. */
  group: number;
  similar: number;
  duplicates: number;
}

/** Each repeated query's groups, by index, as django-debug-toolbar marks them. */
export function repeatsByIndex(summary: Pick<QuerySummary, "similar" | "duplicates">): Map<number, Repeats> {
  const found = new Map<number, Repeats>();
  summary.similar
    .filter((group) => group.count > 1)
    .forEach((group, n) => {
      for (const index of group.indexes) found.set(index, { group: n, similar: group.count, duplicates: 0 });
    });
  for (const group of summary.duplicates) {
    if (group.count < 2) continue;
    for (const index of group.indexes) {
      const repeats = found.get(index);
      if (repeats) repeats.duplicates = group.count;
    }
  }
  return found;
}

/** Queries that share SQL with another, and those that also share parameters. */
export function repeatCounts(summary: Pick<QuerySummary, "similar" | "duplicates">): { similar: number; duplicates: number } {
  const sum = (groups: QuerySummary["similar"]) => groups.filter((g) => g.count > 1).reduce((total, g) => total + g.count, 0);
  return { similar: sum(summary.similar), duplicates: sum(summary.duplicates) };
}

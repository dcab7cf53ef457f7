/**
 * Groups a request's queries as django-debug-toolbar's SQL panel does: similar (same
 * SQL), duplicate (same SQL and parameters), and N+1 warnings (one relation loaded
 * lazily, again and again, from the same place).
 */
import type { NPlusOneWarning, QueryGroup, QueryRecord, QuerySummary, UnusedRelation } from "../protocol";

export function summarize(queries: QueryRecord[], unusedRelations: UnusedRelation[] = []): QuerySummary {
  return {
    queries,
    totalMs: queries.reduce((sum, query) => sum + query.durationMs, 0),
    similar: groups(queries, (query) => query.sql),
    duplicates: groups(queries, (query) => `${query.sql}\u0000${JSON.stringify(query.params)}`),
    nPlusOne: nPlusOneWarnings(queries),
    ...(unusedRelations.length ? { unusedRelations } : {}),
  };
}

function groups(queries: QueryRecord[], key: (query: QueryRecord) => string): QueryGroup[] {
  const byKey = new Map<string, number[]>();
  queries.forEach((query, index) => {
    const k = key(query);
    byKey.set(k, [...(byKey.get(k) ?? []), index]);
  });
  return [...byKey.values()]
    .filter((indexes) => indexes.length > 1)
    .map((indexes) => ({ sql: queries[indexes[0] as number]?.sql ?? "", count: indexes.length, indexes }));
}

function nPlusOneWarnings(queries: QueryRecord[]): NPlusOneWarning[] {
  const byPlace = new Map<string, NPlusOneWarning>();
  for (const query of queries) {
    if (!query.nPlusOne) continue;
    const place = query.template
      ? `${query.template.name}:${query.template.line}`
      : query.origin
        ? `${query.origin.file}:${query.origin.line}`
        : "";
    const key = `${query.nPlusOne.relation}@${place}`;
    const seen = byPlace.get(key);
    if (seen) seen.count += 1;
    else
      byPlace.set(key, {
        relation: query.nPlusOne.relation,
        fix: query.nPlusOne.fix,
        count: 1,
        ...(query.origin ? { origin: query.origin } : {}),
        ...(query.template ? { template: query.template } : {}),
      });
  }
  return [...byPlace.values()].filter((warning) => warning.count > 1);
}

import type { RequestTrace } from "../../../../sandbox/protocol";
import { useApp } from "../../store";
import { repeatCounts, repeatsByIndex } from "./groups";
import { NPlusOneWarnings } from "./NPlusOneWarnings";
import { QueryItem } from "./QueryItem";
import { UnusedRelations } from "./UnusedRelations";

/** The queries behind the page shown. */
export function CurrentQueries() {
  const trace = useApp((state) => state.trace);
  if (!trace) return <section className="queries muted">No request yet.</section>;
  return <QueryList trace={trace} />;
}

/** One request's queries as django-debug-toolbar's SQL panel shows them: totals, warnings, then each query. */
export function QueryList({ trace }: { trace: RequestTrace }) {
  const repeats = repeatsByIndex(trace);
  const counts = repeatCounts(trace);
  const slowest = Math.max(0, ...trace.queries.map((query) => query.durationMs));
  return (
    <section className="queries" data-testid="query-list">
      <h3>
        {trace.method} {trace.path}: {trace.queries.length} {trace.queries.length === 1 ? "query" : "queries"} in{" "}
        {trace.totalMs.toFixed(1)} ms
        {counts.similar > 0 && (
          <span className="query-counts" data-testid="query-repeats">
            {" "}
            including <span className="similar-count">{counts.similar} similar</span>
            {counts.duplicates > 0 && (
              <>
                {" "}
                and <span className="duplicate-count">{counts.duplicates} duplicates</span>
              </>
            )}
          </span>
        )}
      </h3>
      {trace.nPlusOne.length > 0 && <NPlusOneWarnings warnings={trace.nPlusOne} />}
      {trace.unusedRelations && <UnusedRelations relations={trace.unusedRelations} />}
      <ol>
        {trace.queries.map((query, i) => (
          <QueryItem key={i} query={query} index={i} repeats={repeats.get(i)} slowest={slowest} />
        ))}
      </ol>
    </section>
  );
}

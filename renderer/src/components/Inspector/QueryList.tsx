import { useApp } from "../../store";
import { NPlusOneWarnings } from "./NPlusOneWarnings";
import { QueryItem } from "./QueryItem";

/** The queries behind the page shown, with N+1 warnings first. */
export function QueryList() {
  const trace = useApp((state) => state.trace);
  if (!trace) return <section className="queries muted">No request yet.</section>;
  const repeated = new Set(trace.similar.filter((g) => g.count > 1).flatMap((g) => g.indexes));
  return (
    <section className="queries" data-testid="query-list">
      <h3>
        {trace.method} {trace.path}: {trace.queries.length} {trace.queries.length === 1 ? "query" : "queries"} in{" "}
        {trace.totalMs.toFixed(1)} ms
      </h3>
      {trace.nPlusOne.length > 0 && <NPlusOneWarnings warnings={trace.nPlusOne} />}
      <ol>
        {trace.queries.map((query, i) => (
          <QueryItem key={i} query={query} index={i} repeated={repeated.has(i)} />
        ))}
      </ol>
    </section>
  );
}

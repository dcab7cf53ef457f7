import { useApp } from "../../store";

/** "11 queries", in the warning colour with "N+1" when queries repeat. */
export function QueryBadge() {
  const trace = useApp((state) => state.trace);
  if (!trace) return null;
  const count = trace.queries.length;
  const nPlusOne = trace.nPlusOne.length > 0;
  const repeated = nPlusOne || trace.duplicates.some((group) => group.count > 1);
  return (
    <span
      className={repeated ? "query-badge warning" : "query-badge"}
      data-testid="query-count"
      data-count={count}
      title={`${count} SQL ${count === 1 ? "query" : "queries"} in ${trace.totalMs.toFixed(1)} ms`}
    >
      {count} {count === 1 ? "query" : "queries"}
      {nPlusOne && <strong data-testid="nplusone-badge"> N+1</strong>}
    </span>
  );
}

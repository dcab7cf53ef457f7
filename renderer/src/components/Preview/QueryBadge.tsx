import { useApp } from "../../store";
import { repeatCounts } from "../Inspector/groups";

/** "11 queries", in the warning colour with "N+1" or "dup" when queries repeat; opens the inspector. */
export function QueryBadge() {
  const trace = useApp((state) => state.trace);
  const showDock = useApp((state) => state.showDock);
  if (!trace) return null;
  const count = trace.queries.length;
  const nPlusOne = trace.nPlusOne.length > 0;
  const { duplicates } = repeatCounts(trace);
  const warning = nPlusOne || duplicates > 0;
  const why = [nPlusOne ? `N+1 on ${trace.nPlusOne.map((w) => w.relation).join(", ")}` : "", duplicates > 0 ? `${duplicates} duplicated queries` : ""].filter(Boolean);
  return (
    <button
      type="button"
      className={warning ? "query-badge warning" : "query-badge"}
      data-testid="query-count"
      data-count={count}
      data-warning={warning}
      title={`${count} SQL ${count === 1 ? "query" : "queries"} in ${trace.totalMs.toFixed(1)} ms${why.length ? `: ${why.join("; ")}` : ""}`}
      onClick={() => showDock("queries")}
    >
      {count} {count === 1 ? "query" : "queries"}
      {nPlusOne && <strong data-testid="nplusone-badge"> N+1</strong>}
      {!nPlusOne && duplicates > 0 && <strong data-testid="duplicates-badge"> dup</strong>}
    </button>
  );
}

import type { QueryRecord } from "../../../../sandbox/protocol";
import { OriginLink } from "./OriginLink";

/** One query: its SQL and parameters, time, rows, and what caused it. */
export function QueryItem({ query, index, repeated }: { query: QueryRecord; index: number; repeated: boolean }) {
  return (
    <li className={query.nPlusOne || repeated ? "query repeated" : "query"} data-testid="query">
      <div className="query-meta">
        <span className="muted">#{index + 1}</span>
        <span>{query.durationMs.toFixed(2)} ms</span>
        <span className="muted">
          {query.rowCount} {query.rowCount === 1 ? "row" : "rows"}
        </span>
        <OriginLink origin={query.origin} template={query.template} />
        {query.nPlusOne && <span className="tag warning">N+1: {query.nPlusOne.relation}</span>}
      </div>
      <code className="sql">{query.sql}</code>
      {query.params.length > 0 && <code className="params">params: {JSON.stringify(query.params)}</code>}
    </li>
  );
}

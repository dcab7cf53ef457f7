import { useMemo, useState } from "react";
import type { InspectWhat, QueryRecord } from "../../../../sandbox/protocol";
import { formatSql, isSelect } from "../../lib/sqlText";
import type { Repeats } from "./groups";
import { OriginLink } from "./OriginLink";
import { QueryInspection } from "./QueryInspection";

/** Group colours cycle through this many hues (styles.css: .group-0 …). */
const GROUP_COLOURS = 6;

interface Props {
  query: QueryRecord;
  index: number;
  repeats: Repeats | undefined;
  /** The slowest query's time: the time bar is drawn relative to it. */
  slowest: number;
}

/** One query: time bar, repeats, where it came from, its SQL formatted with parameters, and plan/rows on demand. */
export function QueryItem({ query, index, repeats, slowest }: Props) {
  const [open, setOpen] = useState<InspectWhat | null>(null);
  const sql = useMemo(() => formatSql(query.sql, query.params), [query.sql, query.params]);
  const warn = Boolean(query.nPlusOne || repeats?.duplicates);
  const width = slowest > 0 ? Math.max(2, (query.durationMs / slowest) * 100) : 0;
  const toggle = (what: InspectWhat) => setOpen(open === what ? null : what);
  return (
    <li className={`query${warn ? " repeated" : ""}${repeats ? ` group-${repeats.group % GROUP_COLOURS}` : ""}`} data-testid="query">
      <div className="query-meta">
        <span className="muted">#{index + 1}</span>
        <span className="time-bar" title={`${query.durationMs.toFixed(3)} ms`}>
          <span style={{ width: `${width}%` }} />
        </span>
        <span className="query-ms">{query.durationMs.toFixed(2)} ms</span>
        <span className="muted">
          {query.rowCount} {query.rowCount === 1 ? "row" : "rows"}
        </span>
        {repeats && (
          <span className="tag similar" data-testid="query-similar" title="Queries with the same SQL">
            similar ×{repeats.similar}
          </span>
        )}
        {repeats && repeats.duplicates > 0 && (
          <span className="tag warning" data-testid="query-duplicate" title="Queries with the same SQL and parameters">
            duplicated ×{repeats.duplicates}
          </span>
        )}
        {query.nPlusOne && <span className="tag warning">N+1: {query.nPlusOne.relation}</span>}
        <span className="spacer" />
        <OriginLink origin={query.origin} />
        {query.template && <OriginLink template={query.template} />}
        <button type="button" className={open === "plan" ? "mini active" : "mini"} data-testid="query-explain" onClick={() => toggle("plan")}>
          Explain
        </button>
        {isSelect(query.sql) && (
          <button type="button" className={open === "rows" ? "mini active" : "mini"} data-testid="query-rows" onClick={() => toggle("rows")}>
            Rows
          </button>
        )}
      </div>
      <pre className="sql" data-testid="query-sql">
        {sql}
      </pre>
      {query.params.length > 0 && <code className="params">params: {JSON.stringify(query.params)}</code>}
      {open && <QueryInspection key={open} what={open} query={query} />}
    </li>
  );
}

import { useEffect, useState } from "react";
import type { InspectWhat, QueryRecord, SqlTable } from "../../../../sandbox/protocol";
import { useAppStore } from "../../store";
import { messageOf } from "../../store/types";
import { ResultTable } from "../Database/ResultTable";

type State = { status: "running" } | { status: "done"; table: SqlTable; more: number } | { status: "failed"; message: string };

/** A query's EXPLAIN QUERY PLAN or its rows, asked of the sandbox when opened. */
export function QueryInspection({ what, query }: { what: InspectWhat; query: QueryRecord }) {
  const store = useAppStore();
  const [state, setState] = useState<State>({ status: "running" });
  useEffect(() => {
    let current = true;
    store
      .getState()
      .inspectQuery(what, query)
      .then(
        ({ table, more }) => current && setState({ status: "done", table, more }),
        (error: unknown) => current && setState({ status: "failed", message: messageOf(error) }),
      );
    return () => {
      current = false;
    };
  }, [store, what, query]);
  const title = what === "plan" ? "EXPLAIN QUERY PLAN" : "Rows, re-run now (read-only)";
  return (
    <div className="query-inspection" data-testid={`query-${what === "plan" ? "plan" : "result"}`}>
      <h4>{title}</h4>
      {state.status === "running" && <p className="muted">running…</p>}
      {state.status === "failed" && <p className="error-box">{state.message}</p>}
      {state.status === "done" && what === "plan" && <QueryPlan table={state.table} />}
      {state.status === "done" && what === "rows" && (
        <>
          <ResultTable columns={state.table.columns} rows={state.table.rows} testId="query-rows-table" />
          <p className="muted">
            {state.table.rows.length} row(s){state.more > 0 ? `, and ${state.more} more not shown` : ""}.
          </p>
        </>
      )}
    </div>
  );
}

/** SQLite's plan as the tree it is (rows are id, parent, notused, detail). */
function QueryPlan({ table }: { table: SqlTable }) {
  const depth = new Map<unknown, number>([[0, 0]]);
  const lines = table.rows.map((row) => {
    const level = (depth.get(row[1]) ?? 0) + 1;
    depth.set(row[0], level);
    return { level, detail: String(row[3] ?? row.at(-1)) };
  });
  return (
    <pre className="plan mono">
      {lines.map((line) => `${"  ".repeat(line.level - 1)}${line.level > 1 ? "└ " : ""}${line.detail}`).join("\n")}
    </pre>
  );
}

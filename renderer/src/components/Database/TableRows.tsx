import { useState } from "react";
import { useApp } from "../../store";
import { PAGE_SIZE, type TableView } from "../../store/tools";
import { ResultTable } from "./ResultTable";

/** One table's rows, a page at a time, filtered by text in any column. */
export function TableRows({ view }: { view: TableView }) {
  const browse = useApp((state) => state.browse);
  const info = useApp((state) => state.tables.find((table) => table.name === view.table));
  const [filter, setFilter] = useState(view.filter);
  const result = view.result;
  const rows = result?.table?.rows ?? [];
  const more = rows.length > PAGE_SIZE;
  return (
    <div className="table-rows">
      <form
        className="panel-bar"
        onSubmit={(event) => {
          event.preventDefault();
          void browse(view.table, 0, filter);
        }}
      >
        <strong>{view.table}</strong>
        <input aria-label="Filter rows" data-testid="row-filter" placeholder="filter…" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <button type="button" className="button" disabled={view.page === 0} onClick={() => void browse(view.table, view.page - 1, view.filter)}>
          ‹ Prev
        </button>
        <span className="muted">page {view.page + 1}</span>
        <button type="button" className="button" disabled={!more} onClick={() => void browse(view.table, view.page + 1, view.filter)}>
          Next ›
        </button>
      </form>
      {info && (
        <p className="schema mono" data-testid="schema">
          {info.columns.map((column) => `${column.name} ${column.type}${column.primaryKey ? " PK" : ""}${column.references ? ` → ${column.references}` : ""}`).join(" · ")}
        </p>
      )}
      {result && !result.ok && <p className="error-box">{result.text}</p>}
      {result?.table && <ResultTable columns={result.table.columns} rows={rows.slice(0, PAGE_SIZE)} testId="table-rows" />}
    </div>
  );
}

import { useApp } from "../../store";
import { SqlBox } from "./SqlBox";
import { TableRows } from "./TableRows";

/** The database: tables with row counts, one table's rows, the SQL box, reset and fixtures. */
export function DatabasePanel() {
  const tables = useApp((state) => state.tables);
  const view = useApp((state) => state.tableView);
  const error = useApp((state) => state.toolError);
  const dump = useApp((state) => state.dump);
  const confirming = useApp((state) => state.confirmingDatabaseReset);
  const inProject = useApp((state) => state.project !== null);
  const browse = useApp((state) => state.browse);
  const refresh = useApp((state) => state.refreshTables);
  const askReset = useApp((state) => state.askDatabaseReset);
  const resetDatabase = useApp((state) => state.resetDatabase);
  const dumpdata = useApp((state) => state.dumpdata);
  const loadFixtures = useApp((state) => state.loadFixtures);
  return (
    <div className="database" data-testid="database">
      <div className="panel-bar">
        <button type="button" className="button" onClick={() => void refresh()}>
          Refresh
        </button>
        {inProject && (
          <>
            <button type="button" className="button" data-testid="dumpdata" onClick={() => void dumpdata()}>
              Dump fixtures
            </button>
            <button type="button" className="button" data-testid="loaddata" onClick={() => void loadFixtures()}>
              Load fixtures
            </button>
            {confirming ? (
              <span className="confirm" role="alertdialog">
                Drop every table and start again from the fixtures?
                <button type="button" className="button danger" data-testid="reset-database-confirm" onClick={() => void resetDatabase()}>
                  Reset database
                </button>
                <button type="button" className="button" onClick={() => askReset(false)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="button" data-testid="reset-database" onClick={() => askReset(true)}>
                Reset database…
              </button>
            )}
          </>
        )}
      </div>
      {error && <p className="error-box">{error}</p>}
      <div className="database-body">
        <ul className="table-list" aria-label="Tables">
          {tables.map((table) => (
            <li key={table.name}>
              <button type="button" className={view?.table === table.name ? "table-link active" : "table-link"} data-testid={`table-${table.name}`} onClick={() => void browse(table.name)}>
                <span className="table-name" title={table.name}>{table.name}</span> <span className="muted">{table.rowCount}</span>
              </button>
            </li>
          ))}
          {tables.length === 0 && <li className="muted">No tables yet.</li>}
        </ul>
        <div className="database-main">
          {view && <TableRows key={view.table} view={view} />}
          <SqlBox />
          {dump && (
            <details open>
              <summary>dumpdata output (Django's fixture format)</summary>
              <textarea className="mono dump" readOnly rows={8} value={dump} data-testid="dump-output" />
            </details>
          )}
        </div>
      </div>
    </div>
  );
}

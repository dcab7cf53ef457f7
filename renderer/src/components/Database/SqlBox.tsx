import { useState } from "react";
import { useApp, useAppStore } from "../../store";
import { ResultTable } from "./ResultTable";

/** A SQL statement and its result; statements that write wait for a confirmation. */
export function SqlBox() {
  const runSql = useApp((state) => state.runSql);
  const result = useApp((state) => state.sqlResult);
  const pending = useApp((state) => state.pendingSql);
  const store = useAppStore();
  const [statement, setStatement] = useState("SELECT * FROM sqlite_master WHERE type = 'table'");
  return (
    <div className="sql-box">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void runSql(statement);
        }}
      >
        <textarea
          className="mono"
          aria-label="SQL"
          data-testid="sql-input"
          rows={3}
          spellCheck={false}
          value={statement}
          onChange={(event) => setStatement(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void runSql(statement);
            }
          }}
        />
        <button type="submit" className="button primary" data-testid="sql-run">
          Run SQL
        </button>
      </form>
      {pending && (
        <div className="confirm" role="alertdialog" data-testid="sql-confirm">
          This statement changes the database. Run it?
          <button type="button" className="button danger" data-testid="sql-confirm-run" onClick={() => void runSql(pending, true)}>
            Run it
          </button>
          <button type="button" className="button" onClick={() => store.setState({ pendingSql: null })}>
            Cancel
          </button>
        </div>
      )}
      {result && (
        <div data-testid="sql-result">
          <p className={result.ok ? "muted" : "error-box"}>{result.text}</p>
          {result.table && <ResultTable columns={result.table.columns} rows={result.table.rows} testId="sql-rows" />}
        </div>
      )}
    </div>
  );
}

import { useApp } from "../../store";

/** A damaged db.sqlite3: say so, and offer to back it up and start fresh (never silently). */
export function DatabaseProblem() {
  const problem = useApp((state) => state.project?.databaseProblem);
  const backupDatabase = useApp((state) => state.backupDatabase);
  if (!problem) return null;
  return (
    <div className="error-banner" role="alert" data-testid="database-problem">
      <p>
        {problem}{" "}
        <button type="button" className="button" data-testid="backup-database" onClick={() => void backupDatabase()}>
          Back up and start fresh
        </button>
      </p>
    </div>
  );
}

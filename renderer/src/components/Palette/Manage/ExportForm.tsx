import { useState } from "react";
import { useApp } from "../../../store";

const WHAT = {
  node: "A standalone Node project: the project's files, a copy of db.sqlite3, mvt's source and a server (npm install && npm start).",
  django: "A Django 3.2 project: settings, models, admin and URLs generated from the project, views translated where they can be, templates and static files copied, the data as data.json.",
} as const;

/**
 * Where to export to (a new or empty folder), with the desktop's folder dialog where there
 * is one; the dialog keys this form by `out`, so a chosen folder starts it afresh.
 */
export function ExportForm({ to, out, running, error }: { to: "node" | "django"; out: string; running: boolean; error: string | null }) {
  const exportProject = useApp((state) => state.exportProject);
  const chooseExportFolder = useApp((state) => state.chooseExportFolder);
  const [folder, setFolder] = useState(out);
  const [canChoose, setCanChoose] = useState(true);
  return (
    <form
      className="manage-form"
      data-testid="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        void exportProject(folder.trim());
      }}
    >
      <p>{WHAT[to]}</p>
      {error && (
        <p className="error-box" data-testid="export-error">
          {error}
        </p>
      )}
      <label className="manage-field">
        Folder (new or empty)
        <input autoFocus data-testid="export-folder" value={folder} onChange={(event) => setFolder(event.target.value)} />
      </label>
      <div className="manage-buttons">
        {canChoose && (
          <button type="button" className="button" data-testid="export-choose" onClick={() => void chooseExportFolder().then(setCanChoose)}>
            Choose…
          </button>
        )}
        <button type="submit" className="button primary" data-testid="export-go" disabled={running || folder.trim() === ""}>
          {running ? "Exporting…" : "Export"}
        </button>
      </div>
    </form>
  );
}

import { useApp } from "../../store";
import { CodeEditor } from "./CodeEditor";
import { Tabs } from "./Tabs";

/** The lesson's files: tabs over one editor. */
export function EditorPane() {
  const saveError = useApp((state) => state.saveError);
  const readonlyFolder = useApp((state) => state.project?.readonly === true);
  return (
    <div className="editor-pane">
      <Tabs />
      {readonlyFolder && (
        <p className="readonly-notice" role="status" data-testid="readonly-notice">
          This project folder cannot be written, so its files open read-only and nothing here is changed on disk. To edit, copy the folder somewhere
          writable and open the copy.
        </p>
      )}
      {saveError && (
        <p className="error-box" role="alert" data-testid="save-error">
          {saveError}
        </p>
      )}
      <CodeEditor />
    </div>
  );
}

import { useApp } from "../../store";
import { CodeEditor } from "./CodeEditor";
import { Tabs } from "./Tabs";

/** The lesson's files: tabs over one editor. */
export function EditorPane() {
  const saveError = useApp((state) => state.saveError);
  return (
    <div className="editor-pane">
      <Tabs />
      {saveError && (
        <p className="error-box" role="alert" data-testid="save-error">
          {saveError}
        </p>
      )}
      <CodeEditor />
    </div>
  );
}

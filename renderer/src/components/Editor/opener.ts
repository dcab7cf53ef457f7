import * as monaco from "monaco-editor";
import { modelFor } from "../../monaco/models";

/** The project path of a Monaco model's URI, or null for anything else (mvt's typings). */
function projectPath(resource: monaco.Uri): string | null {
  const path = resource.path.replace(/^\/project\//, "");
  return modelFor(path)?.uri.toString() === resource.toString() ? path : null;
}

/**
 * Lets go-to-definition (F12, Ctrl+click) and "peek" open another project file: Monaco's
 * standalone editor only jumps within the open model unless an opener takes the others.
 * `open` shows the file at the line, as the store's openFile does.
 */
export function registerProjectOpener(open: (path: string, line: number) => void): monaco.IDisposable {
  return monaco.editor.registerEditorOpener({
    openCodeEditor(_source, resource, selection) {
      const path = projectPath(resource);
      if (!path) return false;
      const line = !selection ? 1 : "startLineNumber" in selection ? selection.startLineNumber : selection.lineNumber;
      open(path, line);
      return true;
    },
  });
}

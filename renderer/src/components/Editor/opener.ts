import * as monaco from "monaco-editor";
import { modelFor } from "../../monaco/models";
import { MVT_PACKAGE_ROOT } from "../../monaco/typings";

/** The project path of a Monaco model's URI, or null for anything else (mvt's typings). */
function projectPath(resource: monaco.Uri): string | null {
  const path = resource.path.replace(/^\/project\//, "");
  return modelFor(path)?.uri.toString() === resource.toString() ? path : null;
}

/** True for mvt's declarations, which Monaco holds as read-only models of its own. */
function isMvtDeclaration(resource: monaco.Uri): boolean {
  return resource.toString().startsWith(MVT_PACKAGE_ROOT);
}

/**
 * Lets go-to-definition (F12, Ctrl+click) and "peek" open another project file: Monaco's
 * standalone editor only jumps within the open model unless an opener takes the others.
 * `open` shows the file at the line, as the store's openFile does. A definition in mvt
 * is not a project file: it is shown in place, as "peek definition" does, so the learner
 * reads mvt's declaration and its documentation without leaving their file.
 */
export function registerProjectOpener(open: (path: string, line: number) => void): monaco.IDisposable {
  return monaco.editor.registerEditorOpener({
    openCodeEditor(source, resource, selection) {
      const path = projectPath(resource);
      if (!path && isMvtDeclaration(resource)) {
        source.trigger("mvt-definition", "editor.action.peekDefinition", null);
        return true;
      }
      if (!path) return false;
      const line = !selection ? 1 : "startLineNumber" in selection ? selection.startLineNumber : selection.lineNumber;
      open(path, line);
      return true;
    },
  });
}

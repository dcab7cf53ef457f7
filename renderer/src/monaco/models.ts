import * as monaco from "monaco-editor";
import type { Diagnostic, ProjectFiles } from "../../../sandbox/protocol";
import { DJANGO_HTML } from "./djangoTemplate";

/** Project files live under file:///project/, so relative imports resolve between them. */
export const PROJECT_ROOT = "file:///project/";
const MARKER_OWNER = "mvt";

const LANGUAGES: Record<string, string> = {
  ts: "typescript",
  tsx: "typescript",
  js: "javascript",
  html: DJANGO_HTML,
  css: "css",
  json: "json",
  md: "markdown",
};

/** Monaco's language id for a project path. */
export function languageOf(path: string): string {
  return LANGUAGES[path.slice(path.lastIndexOf(".") + 1)] ?? "plaintext";
}

function uriOf(path: string): monaco.Uri {
  return monaco.Uri.parse(PROJECT_ROOT + path);
}

/** The model holding a project file, if the project has that file. */
export function modelFor(path: string): monaco.editor.ITextModel | null {
  return monaco.editor.getModel(uriOf(path));
}

const tracked = new Map<string, monaco.IDisposable>();
/** Set while the store's text is being pushed into a model, so it is not echoed back. */
let pushing = false;

/**
 * Makes Monaco's models mirror the project's files (one model per file, so the
 * TypeScript service sees the whole project) and reports the learner's edits.
 */
export function syncModels(files: ProjectFiles, onEdit: (path: string, content: string) => void): void {
  for (const [path, listener] of tracked) {
    if (path in files) continue;
    listener.dispose();
    const model = modelFor(path);
    if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    model?.dispose();
    tracked.delete(path);
  }
  for (const [path, content] of Object.entries(files)) {
    const existing = modelFor(path);
    if (existing) {
      if (existing.getValue() !== content) push(existing, content);
      continue;
    }
    const model = monaco.editor.createModel(content, languageOf(path), uriOf(path));
    tracked.set(
      path,
      model.onDidChangeContent(() => {
        if (!pushing) onEdit(path, model.getValue());
      }),
    );
  }
}

function push(model: monaco.editor.ITextModel, content: string): void {
  pushing = true;
  try {
    // An edit operation rather than setValue, so the learner can undo a reset or an apply.
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: content }], () => null);
  } finally {
    pushing = false;
  }
}

/** Shows the sandbox's diagnostics (bundler errors) as markers in the files they name. */
export function showDiagnostics(diagnostics: Diagnostic[]): void {
  for (const path of tracked.keys()) {
    const model = modelFor(path);
    if (!model) continue;
    const markers = diagnostics
      .filter((d) => d.file === path)
      .map((d) => ({
        severity: monaco.MarkerSeverity.Error,
        message: d.message,
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: d.line,
        endColumn: model.getLineMaxColumn(Math.min(Math.max(d.line, 1), model.getLineCount())),
      }));
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }
}

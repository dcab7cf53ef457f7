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
  // No files: the project was closed, and its histories go with it.
  const closing = Object.keys(files).length === 0;
  if (closing) departed.length = 0;
  for (const [path, listener] of tracked) {
    if (path in files) continue;
    listener.dispose();
    const model = modelFor(path);
    if (model) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      if (!closing) keepHistory(model);
      model.dispose();
    }
    tracked.delete(path);
  }
  for (const [path, content] of Object.entries(files)) {
    const existing = modelFor(path);
    if (existing) {
      if (existing.getValue() !== content) push(existing, content);
      continue;
    }
    const model = monaco.editor.createModel(content, languageOf(path), uriOf(path));
    restoreHistory(model);
    tracked.set(
      path,
      model.onDidChangeContent(() => {
        if (!pushing) onEdit(path, model.getValue());
      }),
    );
  }
}

/** A file's undo history as the texts it went through; `at` is the one shown. */
interface History {
  texts: string[];
  at: number;
}

/**
 * The histories of files that left the project lately, newest last. A file renamed or
 * moved, or deleted and brought back by the tree's undo, comes back as a new model (a
 * model's path cannot change); the new one with the same text takes the old history, so
 * Ctrl+Z still steps back through the edits made under the old name.
 */
const departed: History[] = [];
const DEPARTED_KEPT = 20;
/** Undo steps carried over per file, the newest. */
const STEPS_KEPT = 500;

function keepHistory(model: monaco.editor.ITextModel): void {
  if (!model.canUndo() && !model.canRedo()) return;
  pushing = true;
  try {
    const older: string[] = [];
    while (model.canUndo() && older.length < STEPS_KEPT) {
      void model.undo();
      older.unshift(model.getValue());
    }
    const texts = [...older];
    for (let i = 0; i < older.length; i++) void model.redo();
    texts.push(model.getValue());
    while (model.canRedo() && texts.length < 2 * STEPS_KEPT) {
      void model.redo();
      texts.push(model.getValue());
    }
    departed.push({ texts, at: older.length });
    if (departed.length > DEPARTED_KEPT) departed.shift();
  } finally {
    pushing = false;
  }
}

function restoreHistory(model: monaco.editor.ITextModel): void {
  const content = model.getValue();
  if (content === "") return;
  const index = departed.findLastIndex((history) => history.texts[history.at] === content);
  const history = departed[index];
  if (!history) return;
  departed.splice(index, 1);
  const [first = content] = history.texts;
  pushing = true;
  try {
    model.setValue(first);
    for (const text of history.texts.slice(1)) {
      model.pushStackElement();
      model.pushEditOperations([], [editTo(model, text)], () => null);
    }
    model.pushStackElement();
    for (let i = history.texts.length - 1; i > history.at; i--) void model.undo();
  } finally {
    pushing = false;
  }
}

/** The one edit that turns the model's text into `text`: the part between their common start and end. */
function editTo(model: monaco.editor.ITextModel, text: string): monaco.editor.IIdentifiedSingleEditOperation {
  const now = model.getValue();
  let start = 0;
  while (start < now.length && start < text.length && now[start] === text[start]) start++;
  let end = 0;
  while (end < now.length - start && end < text.length - start && now[now.length - 1 - end] === text[text.length - 1 - end]) end++;
  const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(now.length - end));
  return { range, text: text.slice(start, text.length - end) };
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

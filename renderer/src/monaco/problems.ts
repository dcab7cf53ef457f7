import * as monaco from "monaco-editor";
import { useSyncExternalStore } from "react";
import { PROJECT_ROOT } from "./models";

/** One problem Monaco knows of in a project file: a type error, a syntax error, a load error. */
export interface Problem {
  path: string;
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}

const NONE: Problem[] = [];
let current: Problem[] = NONE;

/** The markers on project files (TypeScript's and the sandbox's), errors first, then by file and line. */
function read(): Problem[] {
  const problems: Problem[] = [];
  for (const marker of monaco.editor.getModelMarkers({})) {
    const uri = marker.resource.toString();
    if (!uri.startsWith(PROJECT_ROOT) || marker.severity < monaco.MarkerSeverity.Warning) continue;
    problems.push({
      path: uri.slice(PROJECT_ROOT.length),
      line: marker.startLineNumber,
      column: marker.startColumn,
      message: marker.message,
      severity: marker.severity === monaco.MarkerSeverity.Error ? "error" : "warning",
    });
  }
  problems.sort((a, b) => Number(a.severity !== "error") - Number(b.severity !== "error") || a.path.localeCompare(b.path) || a.line - b.line);
  return problems.length ? problems : NONE;
}

const listeners = new Set<() => void>();
let watching: monaco.IDisposable | null = null;

/** One watch on Monaco's markers, however many components read the problems. */
function subscribe(changed: () => void): () => void {
  listeners.add(changed);
  if (!watching) {
    current = read();
    watching = monaco.editor.onDidChangeMarkers(() => {
      current = read();
      for (const listener of listeners) listener();
    });
  }
  return () => {
    listeners.delete(changed);
    if (listeners.size === 0) {
      watching?.dispose();
      watching = null;
    }
  };
}

/** The project's problems, kept current as Monaco's markers change. */
export function useProblems(): Problem[] {
  return useSyncExternalStore(subscribe, () => current);
}

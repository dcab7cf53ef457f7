/**
 * Monaco's web workers, bundled by Vite. Monaco asks for a worker per language label;
 * every label gets one (the plain editor worker for the rest).
 */
/* oxlint-disable import/default -- Vite's `?worker` imports are virtual modules with a default export. */
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import CssWorker from "monaco-editor/language/css/css.worker?worker";
import HtmlWorker from "monaco-editor/language/html/html.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker?worker";

const workers: Record<string, () => Worker> = {
  typescript: () => new TsWorker(),
  javascript: () => new TsWorker(),
  html: () => new HtmlWorker(),
  css: () => new CssWorker(),
  json: () => new JsonWorker(),
};

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (workers[label] ?? (() => new EditorWorker()))(),
};

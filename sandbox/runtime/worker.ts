/**
 * The Web Worker entry: the sandbox the app talks to through sandbox/protocol.ts.
 * Learner code runs here, with no access to the host API, files or network. Messages
 * are handled one at a time, in order.
 */
import * as esbuild from "esbuild-wasm";
import esbuildWasmUrl from "esbuild-wasm/esbuild.wasm?url";
import initSqlJs from "sql.js";
import sqlWasmUrl from "sql.js/dist/sql-wasm-browser.wasm?url";
import type { FromWorker, ToWorker } from "../protocol";
import { loadMedia, takeMediaChanges } from "./media";
import { Sandbox } from "./sandbox";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function start(): Promise<Sandbox> {
  const [SQL] = await Promise.all([
    initSqlJs({ locateFile: () => sqlWasmUrl }),
    esbuild.initialize({ wasmURL: esbuildWasmUrl, worker: false }),
  ]);
  // The first build is slow (1-2 s); pay it now, not on the learner's first edit.
  await esbuild.build({ stdin: { contents: "export {}", loader: "ts" }, write: false });
  return new Sandbox({ esbuild, SQL }, (level, text, origin) =>
    post({ type: "console", level, text, ...(origin ? { origin } : {}) }),
  );
}

const ready = start();
ready.then(
  () => post({ type: "ready" }),
  (error: unknown) => post({ type: "error", id: 0, message: `The sandbox could not start: ${String(error)}` }),
);

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    post({ type: "error", id: message.id, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  });
};

async function handle(message: ToWorker): Promise<void> {
  const sandbox = await ready;
  switch (message.type) {
    case "load": {
      if (message.media) loadMedia(message.media);
      const { wrote, ...result } = await sandbox.load(message.files, message.database);
      post({ type: "loaded", id: message.id, ...result });
      if (wrote) postDatabase(sandbox);
      return;
    }
    case "request": {
      const { response, trace, wrote } = await sandbox.request(message.request);
      post({ type: "response", id: message.id, response, trace });
      if (wrote) postDatabase(sandbox);
      postMedia();
      return;
    }
    case "run": {
      const { result, wrote } = await sandbox.run(message.run);
      post({ type: "ran", id: message.id, result });
      if (wrote) postDatabase(sandbox);
      postMedia();
      return;
    }
    case "tables":
      post({ type: "tables", id: message.id, tables: sandbox.tables() });
      return;
    case "inspect":
      post({ type: "inspected", id: message.id, ...sandbox.inspect(message.what, message.sql, message.params) });
      return;
    case "check": {
      const { results, diagnostics } = await sandbox.check(message.files, message.checks);
      post({ type: "checked", id: message.id, results, diagnostics });
      return;
    }
  }
}

/** Sends the database to the UI, which has the host persist it. */
function postDatabase(sandbox: Sandbox): void {
  const bytes = sandbox.exportDatabase();
  post({ type: "database", bytes }, [bytes.buffer]);
}

/** Sends uploaded files saved or deleted since the last message, which the host mirrors in media/. */
function postMedia(): void {
  const changes = takeMediaChanges();
  if (changes.length) post({ type: "media", changes });
}

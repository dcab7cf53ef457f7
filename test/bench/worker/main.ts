/**
 * Runs the edit -> preview benchmark against the real sandbox worker in Chromium; the
 * Node driver calls `window.runEditBench(files, path)` through Playwright.
 */
import type { FromWorker, ProjectFiles, ToWorker } from "../../../sandbox/protocol";
import { measureEdits, type EditTimings } from "../edits";

declare global {
  interface Window {
    runEditBench(files: ProjectFiles, path: string): Promise<EditTimings>;
    runPbkdf2Bench(): Promise<number>;
  }
}

const worker = new Worker(new URL("../../../sandbox/runtime/worker.ts", import.meta.url), { type: "module" });
const ready = new Promise<void>((resolve, reject) => {
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    if (event.data.type === "ready") resolve();
    if (event.data.type === "error" && event.data.id === 0) reject(new Error(event.data.message));
  });
});

let nextId = 1;
function call(message: ToWorker): Promise<FromWorker> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<FromWorker>) => {
      const data = event.data;
      if ("id" in data && data.id === message.id) {
        worker.removeEventListener("message", listener);
        resolve(data);
      }
    };
    worker.addEventListener("message", listener);
    worker.postMessage(message);
  });
}

window.runEditBench = async (files, path) => {
  await ready;
  return measureEdits(
    {
      async load(project) {
        const answer = await call({ type: "load", id: nextId++, files: project });
        if (answer.type !== "loaded" || !answer.ok) throw new Error(`load failed: ${JSON.stringify(answer)}`);
      },
      async request(url) {
        const answer = await call({ type: "request", id: nextId++, request: { method: "GET", path: url } });
        if (answer.type !== "response") throw new Error(`request failed: ${JSON.stringify(answer)}`);
        return answer.response.status;
      },
    },
    files,
    path,
  );
};

window.runPbkdf2Bench = () =>
  new Promise((resolve) => {
    const hashing = new Worker(new URL("./pbkdf2.worker.ts", import.meta.url), { type: "module" });
    hashing.onmessage = (event: MessageEvent<number>) => {
      hashing.terminate();
      resolve(event.data);
    };
    hashing.postMessage("run");
  });

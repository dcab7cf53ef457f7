/**
 * The edit -> preview loop measured by the benchmarks: change a view, reload the
 * project, request the page. The same function runs against the Node sandbox and,
 * in Chromium, against the worker.
 */
import type { ProjectFiles } from "../../sandbox/protocol";
import { percentile } from "./stats";

export interface EditTarget {
  load(files: ProjectFiles): Promise<void>;
  request(path: string): Promise<number>;
}

export interface EditTimings {
  p50: number;
  p95: number;
  edits: number;
}

/** 50 edits (a comment that changes each time), each timed from the change to the response. */
export async function measureEdits(target: EditTarget, files: ProjectFiles, path: string, edits = 50): Promise<EditTimings> {
  await target.load(files);
  await target.request(path);
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const edited = { ...files, "books/views.ts": `${files["books/views.ts"] ?? ""}\n// edit ${i}\n` };
    const started = performance.now();
    await target.load(edited);
    const status = await target.request(path);
    samples.push(performance.now() - started);
    if (status !== 200) throw new Error(`edit ${i}: ${path} answered ${status}`);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), edits };
}

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SandboxClient, SandboxStopped, type SandboxListener, type WorkerLike } from "../../renderer/src/sandbox/client";
import type { FromWorker, ToWorker } from "../../sandbox/protocol";

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const trace = { method: "GET", path: "/", status: 200, durationMs: 1, queries: [], totalMs: 0, similar: [], duplicates: [], nPlusOne: [] };

describe("SandboxClient", () => {
  let workers: FakeWorker[];
  let listener: SandboxListener & { troubles: string[] };
  let client: SandboxClient;

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    const troubles: string[] = [];
    listener = { troubles, database: vi.fn(), console: vi.fn(), trouble: (message) => troubles.push(message) };
    client = new SandboxClient(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    }, listener);
  });

  afterEach(() => vi.useRealTimers());

  it("holds calls until the worker is ready", () => {
    void client.load({ "urls.ts": "" });
    expect(workers[0]?.sent).toEqual([]);
    workers[0]?.answer({ type: "ready" });
    expect(workers[0]?.sent.map((m) => m.type)).toEqual(["load"]);
  });

  it("matches answers to calls by id", async () => {
    workers[0]?.answer({ type: "ready" });
    const answer = client.request({ method: "GET", path: "/books/" });
    const sent = workers[0]?.sent[0];
    workers[0]?.answer({ type: "response", id: sent?.id ?? -1, response: { status: 200, reason: "OK", headers: {}, body: "hi" }, trace });
    await expect(answer).resolves.toMatchObject({ response: { body: "hi" } });
  });

  it("stops a request that runs 5 s, restarts the worker and reloads the last files and data", async () => {
    const worker = workers[0] as FakeWorker;
    worker.answer({ type: "ready" });
    const load = client.load({ "urls.ts": "x" });
    worker.answer({ type: "loaded", id: worker.sent[0]?.id ?? -1, ok: true, diagnostics: [], durationMs: 1 });
    await load;
    const bytes = new Uint8Array([1, 2, 3]);
    worker.answer({ type: "database", bytes });

    const request = client.request({ method: "GET", path: "/loop/" });
    vi.advanceTimersByTime(5000);

    await expect(request).rejects.toBeInstanceOf(SandboxStopped);
    await expect(request).rejects.toThrow(
      "The request to /loop/ was stopped after 5 s (an infinite loop?). The sandbox restarted; your files and data are intact.",
    );
    expect(worker.terminated).toBe(true);
    expect(listener.troubles).toHaveLength(1);
    const fresh = workers[1] as FakeWorker;
    fresh.answer({ type: "ready" });
    expect(fresh.sent[0]).toMatchObject({ type: "load", files: { "urls.ts": "x" }, database: bytes });
  });

  it("says so when the worker cannot start", async () => {
    const load = client.load({});
    workers[0]?.answer({ type: "error", id: 0, message: "The sandbox could not start: no wasm" });
    await expect(load).rejects.toThrow("no wasm");
    expect(listener.troubles).toEqual(["The sandbox could not start: no wasm"]);
  });
});

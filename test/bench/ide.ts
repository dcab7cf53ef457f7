/**
 * The IDE as a learner feels it, in web mode in headless Chromium: cold start to an
 * interactive lesson, keystroke to updated preview, and memory after many project
 * reloads. Each reload is an edit typed into Monaco, so it takes the editor's settle
 * delay (EDIT_SETTLE_MS) plus the load and the request.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium";
import { percentile } from "./stats";

const KEYSTROKES = 50;

export interface ColdStart {
  serverMs: number;
  pageMs: number;
  counterMs: number;
  totalMs: number;
}

/** JS heap in use and ArrayBuffer/wasm backing stores, MB, after a forced garbage collection. */
export interface Heap {
  pageMb: number;
  workerMb: number;
  /** sql.js's and esbuild's wasm memories live here, outside the JS heap. */
  workerBuffersMb: number;
}

export interface IdeBench {
  coldStart: ColdStart;
  keystroke: { p50: number; p95: number; edits: number };
  memory: { reloads: number; heap: Heap }[];
}

/** Runs the three IDE benchmarks; `reloads` are the counts at which memory is read. */
export async function benchIde(reloads: readonly number[] = [10, 500]): Promise<IdeBench> {
  const home = mkdtempSync(join(tmpdir(), "mvt-lab-bench-"));
  const started = performance.now();
  const { server, url } = await startServer(home);
  const serverMs = performance.now() - started;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url);
    await page.getByTestId("lesson-n-plus-one").waitFor();
    const pageMs = performance.now() - started;
    await page.getByTestId("lesson-n-plus-one").click();
    await page.locator('[data-testid="query-count"][data-count]').waitFor({ timeout: 120_000 });
    const totalMs = performance.now() - started;
    const coldStart = { serverMs, pageMs: pageMs - serverMs, counterMs: totalMs - pageMs, totalMs };

    // The first 50 edits are timed; memory is read after edit 10 and after the last.
    await openTemplate(page);
    const cdp = await browser.newBrowserCDPSession();
    const samples: number[] = [];
    const memory: IdeBench["memory"] = [];
    for (let edit = 1; edit <= Math.max(KEYSTROKES, ...reloads); edit++) {
      const ms = await typeAndWait(page, edit);
      if (edit <= KEYSTROKES) samples.push(ms);
      if (reloads.includes(edit)) memory.push({ reloads: edit, heap: await heap(page, cdp) });
    }
    const keystroke = { p50: percentile(samples, 50), p95: percentile(samples, 95), edits: samples.length };
    return { coldStart, keystroke, memory };
  } finally {
    await browser.close();
    server.kill();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Opens the lesson's list template with the cursor after "<h1>Books". */
async function openTemplate(page: Page): Promise<void> {
  await page.getByText("templates/books/list.html", { exact: true }).click();
  await page.locator('[data-testid="code-editor"][data-file="templates/books/list.html"]').waitFor();
  await page.getByTestId("code-editor").locator(".view-lines").click();
  await page.keyboard.press("Control+F");
  await page.keyboard.type("Books</h1>");
  await page.keyboard.press("Escape");
  await page.keyboard.press("ArrowLeft"); // the selection collapses to its start
  for (let i = 0; i < "Books".length; i++) await page.keyboard.press("ArrowRight");
}

/** Types one character into the heading; resolves to ms until the preview shows `count` of them. */
async function typeAndWait(page: Page, count: number): Promise<number> {
  const heading = page.frameLocator('[data-testid="preview-frame"]').locator("h1");
  const started = performance.now();
  await page.keyboard.type("!");
  const expected = `Books${"!".repeat(count)}`;
  for (;;) {
    if ((await heading.textContent({ timeout: 30_000 })) === expected) return performance.now() - started;
    if (performance.now() - started > 30_000) throw new Error(`the preview never showed "${expected}"`);
    await page.waitForTimeout(5);
  }
}

/** The page's and the sandbox worker's JS heap in use, each after a garbage collection. */
async function heap(page: Page, browserCdp: CDPSession): Promise<Heap> {
  const pageCdp = await page.context().newCDPSession(page);
  await pageCdp.send("HeapProfiler.collectGarbage");
  const pageHeap = await pageCdp.send("Runtime.getHeapUsage");
  await pageCdp.detach();
  const { targetInfos } = await browserCdp.send("Target.getTargets");
  // The sandbox's bundle is assets/worker-<hash>.js; Monaco's are <language>.worker-<hash>.js.
  const worker = targetInfos.find((info) => info.type === "worker" && /\/worker-[\w-]+\.js$/.test(info.url));
  let workerMb = Number.NaN;
  let workerBuffersMb = Number.NaN;
  if (worker) {
    const { sessionId } = await browserCdp.send("Target.attachToTarget", { targetId: worker.targetId, flatten: false });
    const ask = (id: number, method: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const onMessage = (event: { sessionId?: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId === sessionId && reply.id === id) {
            browserCdp.off("Target.receivedMessageFromTarget", onMessage);
            resolve(reply.result ?? {});
          }
        };
        browserCdp.on("Target.receivedMessageFromTarget", onMessage);
        void browserCdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) });
      });
    await ask(1, "HeapProfiler.collectGarbage");
    const usage = await ask(2, "Runtime.getHeapUsage");
    workerMb = Number(usage.usedSize) / 2 ** 20;
    workerBuffersMb = Number(usage.backingStorageSize) / 2 ** 20;
    await browserCdp.send("Target.detachFromTarget", { sessionId });
  }
  return { pageMb: pageHeap.usedSize / 2 ** 20, workerMb, workerBuffersMb };
}

function startServer(home: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ["dist/app/web.cjs", "--port", "0", "--no-open"], {
    env: { ...process.env, MVT_LAB_HOME: home },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output)?.[0];
      if (url) resolve({ server, url });
    });
    server.once("exit", (code) => reject(new Error(`the web server exited (${code}): ${output}`)));
  });
}

/**
 * Runs the worker benchmark page (test/bench/worker, built with Vite) in headless
 * Chromium, served from loopback.
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { ProjectFiles } from "../../sandbox/protocol";
import type { EditTimings } from "./edits";

const OUT = "dist/bench-worker";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** What the worker benchmark page measures in Chromium. */
export interface WorkerTimings {
  edits: EditTimings;
  /** PBKDF2-SHA256 at Django's default iterations, in a Web Worker, median ms. */
  pbkdf2Ms: number;
}

export async function benchWorkerInChromium(files: ProjectFiles, path: string): Promise<WorkerTimings> {
  await build({ configFile: "test/bench/vite.config.ts" });
  const server = await serve(OUT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const port = (server.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    const edits = await page.evaluate(([project, url]) => window.runEditBench(project, url), [files, path] as const);
    const pbkdf2Ms = await page.evaluate(() => window.runPbkdf2Bench());
    return { edits, pbkdf2Ms };
  } finally {
    await browser.close();
    server.close();
  }
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const file = normalize(join(root, (request.url ?? "/").split("?")[0] ?? "/"));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Serving the built renderer (dist/renderer) by URL path, with MIME types and security
 * headers: shared by web mode's HTTP server and the desktop app's app:// protocol.
 */
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { confinePath } from "./confine";
import { documentPolicy, WORKER_POLICY } from "./csp";
import { HostInputError } from "./errors";
import { isNotFound, statIfExists } from "./files";

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

const BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * The response for `urlPath` (e.g. "/assets/index-abc.js"; "/" is index.html). `pageMeta`
 * is extra markup for the page's <head> (web mode's token).
 */
export async function serveRendererFile(rendererDir: string, urlPath: string, pageMeta = ""): Promise<StaticResponse> {
  if (!(await statIfExists(join(rendererDir, "index.html")))) {
    return text(503, `The MVT Lab interface is not built (no ${join(rendererDir, "index.html")}): run "npm run build".`);
  }
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, "") || "index.html";
  } catch {
    return text(400, `The path ${urlPath} is not valid URL encoding.`);
  }
  let file: string;
  try {
    file = confinePath(rendererDir, relative);
  } catch (error) {
    if (error instanceof HostInputError) return text(404, `Not found: ${urlPath}`);
    throw error;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if (isNotFound(error) || (error as NodeJS.ErrnoException).code === "EISDIR") return text(404, `Not found: ${urlPath}`);
    throw error;
  }
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  if (type.startsWith("text/html")) {
    const html = body.toString("utf8").replace(/<head>/i, (head) => `${head}${pageMeta}`);
    return {
      status: 200,
      headers: { ...BASE_HEADERS, "content-type": type, "content-security-policy": documentPolicy(html), "cache-control": "no-store" },
      body: html,
    };
  }
  return {
    status: 200,
    headers: { ...BASE_HEADERS, "content-type": type, "content-security-policy": WORKER_POLICY, "cache-control": "no-cache" },
    body,
  };
}

function text(status: number, message: string): StaticResponse {
  return { status, headers: { ...BASE_HEADERS, "content-type": "text/plain; charset=utf-8" }, body: `${message}\n` };
}

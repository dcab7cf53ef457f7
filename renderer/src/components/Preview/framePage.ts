import type { SandboxResponse } from "../../../../sandbox/protocol";
import { FRAME_SCRIPT } from "./frameScript";

const SCRIPT_TAG = `<script>${FRAME_SCRIPT}</script>`;

/**
 * The srcdoc for a response: HTML gets the link and form script injected (early in the
 * head, so it runs before the page's own scripts); anything else is shown as text.
 */
export function framePage(response: SandboxResponse): string {
  const type = response.headers["content-type"] ?? "text/html";
  if (response.bodyBase64 !== undefined) return binaryPage(type, response.bodyBase64);
  if (!type.includes("html")) {
    const text = type.includes("json") ? prettyJson(response.body) : response.body;
    return `<!doctype html><html><head>${SCRIPT_TAG}</head><body><pre style="white-space:pre-wrap">${escapeHtml(text)}</pre></body></html>`;
  }
  const body = response.body;
  const head = /<head[^>]*>/i.exec(body);
  if (head) return insertAt(body, head.index + head[0].length);
  const html = /<html[^>]*>/i.exec(body);
  if (html) return insertAt(body, html.index + html[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(body);
  return insertAt(body, doctype ? doctype[0].length : 0);
}

/** An image is shown as the browser would; other bytes are described, not dumped. */
function binaryPage(type: string, bytes: string): string {
  const shown = type.startsWith("image/")
    ? `<img alt="" style="max-width:100%" src="data:${escapeHtml(type)};base64,${bytes}">`
    : `<p>A ${escapeHtml(type)} file of ${(bytes.length * 3) / 4 - (/=*$/.exec(bytes)?.[0].length ?? 0)} bytes.</p>`;
  return `<!doctype html><html><head>${SCRIPT_TAG}</head><body>${shown}</body></html>`;
}

function insertAt(body: string, index: number): string {
  return body.slice(0, index) + SCRIPT_TAG + body.slice(index);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** JSON indented for reading; text that is not JSON is shown as it came. */
function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

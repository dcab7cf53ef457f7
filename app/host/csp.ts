/**
 * Content Security Policies for the built renderer, sent as headers by both web mode and
 * the desktop app's app:// protocol.
 */

/**
 * The page's policy. The renderer's index.html carries it in a meta tag (with the hash of
 * the preview's injected script), so the header repeats that policy rather than a second
 * copy that could drift; a page without one gets this strict default.
 */
const DEFAULT_DOCUMENT_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob: data:; object-src 'none'; base-uri 'none'";

/**
 * A worker's policy comes with its script's response, not from the page. The sandbox
 * worker evaluates learner bundles with `new Function` and runs esbuild and sql.js as
 * wasm, so scripts (which only a worker is governed by) get 'unsafe-eval' and
 * 'wasm-unsafe-eval'; the learner's code still cannot reach the network beyond 'self'.
 */
export const WORKER_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval' blob:; connect-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'";

/** The policy for an HTML page: its own meta policy, or the strict default. */
export function documentPolicy(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replace(/\s+/g, " ").trim() ?? DEFAULT_DOCUMENT_POLICY;
}

/**
 * The app:// protocol serving dist/renderer. A privileged standard, secure scheme gives
 * the page a real origin, so module workers, fetch and wasm work as over https.
 */
import { protocol } from "electron";
import { serveRendererFile } from "../host/static-files";
import { APP_SCHEME, isAppUrl } from "./origin";

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer at app://mvt-lab/ with its CSP headers. */
export function setupProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (!isAppUrl(request.url)) return new Response(`Not found: ${request.url}`, { status: 404 });
    const file = await serveRendererFile(rendererDir, url.pathname);
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      status: file.status,
      headers: file.headers,
    });
  });
}

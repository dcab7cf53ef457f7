/**
 * Web mode's request handler: the built renderer as static files (index.html carrying
 * the per-launch token) and the HostApi under /api/. Only loopback Host names are
 * answered, so a DNS-rebinding page cannot reach the server under another name.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { HostApi } from "../contract";
import { serveRendererFile } from "../host/static-files";
import { handleApiCall } from "./api";

export interface WebAppOptions {
  host: HostApi;
  rendererDir: string;
  token: string;
  /** The port the server listens on; Host must be 127.0.0.1:<port> or localhost:<port>. */
  port: () => number;
}

/** The request listener for web mode's HTTP server. */
export function createWebApp(options: WebAppOptions): RequestListener {
  return (request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      process.stderr.write(`MVT Lab: ${request.method} ${request.url} failed: ${String(error)}\n`);
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "Internal error; see the terminal running MVT Lab.\n");
      else response.destroy();
    });
  };
}

async function handle(options: WebAppOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const port = options.port();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? "")) {
    request.resume();
    return send(response, 403, "text/plain; charset=utf-8", `Host "${request.headers.host ?? ""}" is not served; open http://127.0.0.1:${port}/.\n`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    request.resume();
    return send(response, 403, "application/json", JSON.stringify({ error: `Requests from ${origin} are not allowed.` }));
  }
  const path = new URL(request.url ?? "/", "http://placeholder").pathname;
  if (path.startsWith("/api/")) {
    const reply = await handleApiCall(options.host, options.token, path.slice("/api/".length), request);
    return send(response, reply.status, "application/json; charset=utf-8", reply.body, { "cache-control": "no-store" });
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    request.resume();
    return send(response, 405, "text/plain; charset=utf-8", `${request.method} is not allowed here.\n`, { allow: "GET, HEAD" });
  }
  const file = await serveRendererFile(options.rendererDir, path, `<meta name="mvt-token" content="${options.token}">`);
  response.writeHead(file.status, file.headers);
  response.end(request.method === "HEAD" ? undefined : file.body);
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": type, "x-content-type-options": "nosniff", ...headers });
  response.end(body);
}

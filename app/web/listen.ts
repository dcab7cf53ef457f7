/** Starts web mode's HTTP server on loopback. */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HostApi } from "../contract";
import { createWebApp } from "./app";

export interface WebServerOptions {
  host: HostApi;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
}

export interface WebServer {
  server: Server;
  url: string;
  /** The per-launch token the page carries and API calls must send. */
  token: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only; resolves once the port is bound. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString("hex");
  let port = options.port;
  const server = createServer(createWebApp({ host: options.host, rendererDir: options.rendererDir, token, port: () => port }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} on 127.0.0.1 is in use: pick another with --port, or --port 0 for any free one.`)
          : error,
      ),
    );
    server.listen(options.port, "127.0.0.1", resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

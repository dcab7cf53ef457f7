/**
 * Web mode (dist/app/web.cjs): serves the built renderer and the HostApi on 127.0.0.1.
 *
 *   node dist/app/web.cjs [--port N] [--no-open]
 */
import { parseArgs } from "node:util";
import { createHost } from "../host/host";
import { appVersion, defaultHome, defaultPacksDir, defaultTemplatesDir, rendererDir } from "../host/install";
import { startWebServer } from "./listen";
import { openBrowser } from "./open-browser";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      "no-open": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write("Usage: node dist/app/web.cjs [--port N] [--no-open]\n  --port N    listen on 127.0.0.1:N (default 0: any free port)\n  --no-open   do not open a browser\n");
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const host = createHost({ packsDir: defaultPacksDir(), templatesDir: defaultTemplatesDir(), home: defaultHome(), mode: "web", version: appVersion });
  const web = await startWebServer({ host, rendererDir: rendererDir(), port });
  process.stdout.write(`MVT Lab (web mode) at ${web.url}\n`);
  if (!values["no-open"]) openBrowser(web.url);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    web.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`MVT Lab (web mode) could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

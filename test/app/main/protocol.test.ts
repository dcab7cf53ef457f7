import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isAppUrl } from "../../../app/main/origin";

type Handler = (request: Request) => Promise<Response>;
let handler: Handler | undefined;
const privileged: unknown[] = [];

vi.mock("electron", () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
    handle: (_scheme: string, fn: Handler) => (handler = fn),
  },
}));

let rendererDir: string;
beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), "mvt-renderer-"));
  await writeFile(join(rendererDir, "index.html"), "<html><head></head><body></body></html>");
  await writeFile(join(rendererDir, "esbuild.wasm"), new Uint8Array([0, 97, 115, 109]));
  const { registerAppScheme, setupProtocol } = await import("../../../app/main/protocol");
  registerAppScheme();
  setupProtocol(rendererDir);
});
afterAll(() => rm(rendererDir, { recursive: true, force: true }));

describe("app:// protocol", () => {
  it("is registered as a standard, secure scheme with fetch", () => {
    expect(privileged).toEqual([{ scheme: "app", privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
  });

  it("serves the renderer with its CSP and wasm MIME type", async () => {
    const page = await handler?.(new Request("app://mvt-lab/index.html"));
    expect(page?.status).toBe(200);
    expect(page?.headers.get("content-security-policy")).toContain("default-src 'self'");
    const wasm = await handler?.(new Request("app://mvt-lab/esbuild.wasm"));
    expect(wasm?.headers.get("content-type")).toBe("application/wasm");
    expect(new Uint8Array(await (wasm as Response).arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it("answers other hosts and missing files with 404", async () => {
    expect((await handler?.(new Request("app://elsewhere/index.html")))?.status).toBe(404);
    expect((await handler?.(new Request("app://mvt-lab/nope.js")))?.status).toBe(404);
  });
});

describe("isAppUrl", () => {
  it.each([
    ["app://mvt-lab/index.html", true],
    ["app://mvt-lab.evil.example/", false],
    ["app://evil/", false],
    ["https://mvt-lab/", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

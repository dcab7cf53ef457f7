/**
 * The request trace's signals and session: a view that sends a learner's signal and
 * stores a value in the session shows both, and reading the session for the trace adds
 * no query to the request's.
 */
import { describe, expect, it } from "vitest";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { createNodeSandbox } from "../../../sandbox/runtime/node";

const FILES: ProjectFiles = {
  "settings.ts": [
    "export const DEBUG = true;",
    'export const SECRET_KEY = "test-only";',
    'export const INSTALLED_APPS = ["mvt.contrib.sessions", "pages"];',
    'export const MIDDLEWARE = ["mvt.contrib.sessions.middleware.SessionMiddleware"];',
    'export const ROOT_URLCONF = "urls";',
  ].join("\n"),
  "urls.ts": 'import { path } from "mvt";\nimport * as views from "./pages/views";\n\nexport const urlpatterns = [path("", views.visit), path("quiet/", views.quiet)];\n',
  "pages/models.ts": "export {};\n",
  "pages/signals.ts": [
    'import { Signal, receiver } from "mvt";',
    "export const visited = new Signal();",
    "receiver(visited)(function count_visit() {});",
  ].join("\n"),
  "pages/views.ts": [
    'import { HttpResponse, type HttpRequest } from "mvt";',
    'import { visited } from "./signals";',
    "export function visit(request: HttpRequest) {",
    '  request.session.set("visits", Number(request.session.get("visits", 0)) + 1);',
    '  visited.send("pages", { request });',
    '  return new HttpResponse("ok");',
    "}",
    'export function quiet() { return new HttpResponse("quiet"); }',
  ].join("\n"),
};

describe("the request trace", () => {
  it("names the signals sent and their receivers, and shows the session the view left", async () => {
    const sandbox = await createNodeSandbox();
    const loaded = await sandbox.load(FILES);
    expect(loaded.diagnostics).toEqual([]);
    const first = await sandbox.request({ method: "GET", path: "/" });
    expect(first.response.body).toBe("ok");
    expect(first.trace.signals).toEqual([{ signal: "visited", sender: "'pages'", receivers: ["count_visit"] }]);
    expect(first.trace.session?.data).toEqual([{ key: "visits", value: "1" }]);
    const key = first.trace.session?.key;
    expect(key).toMatch(/^\w+$/);

    const cookie = `sessionid=${key}`;
    const quiet = await sandbox.request({ method: "GET", path: "/quiet/", headers: { cookie } });
    expect(quiet.trace.signals).toEqual([]);
    // The view never read the session: the trace reads it, and its query is not the request's.
    expect(quiet.trace.queries).toEqual([]);
    expect(quiet.trace.session).toEqual({ key, data: [{ key: "visits", value: "1" }] });
  });
});

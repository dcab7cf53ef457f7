import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeWire, encodeWire, TOKEN_HEADER } from "../../../app/contract";
import { createHost } from "../../../app/host/host";
import { startWebServer, type WebServer } from "../../../app/web/listen";

let web: WebServer;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "mvt-web-"));
  const rendererDir = join(scratch, "renderer");
  await mkdir(join(rendererDir, "assets"), { recursive: true });
  await writeFile(
    join(rendererDir, "index.html"),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"></head><body></body></html>`,
  );
  await writeFile(join(rendererDir, "assets", "sql-wasm.wasm"), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(rendererDir, "assets", "worker.js"), "self.onmessage = () => {};\n");
  const host = createHost({ packsDir: resolve(__dirname, "../../../lessons"), templatesDir: resolve(__dirname, "../../../app/project-templates"), home: join(scratch, "home"), mode: "web", version: "0.0.0-test" });
  web = await startWebServer({ host, rendererDir, port: 0 });
});

afterAll(async () => {
  await web.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Calls a host method the way the renderer's HTTP bridge does. */
async function call(method: string, args: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: web.token }) {
  const response = await fetch(new URL(`api/${method}`, web.url), { method: "POST", headers, body: encodeWire(args) });
  return { status: response.status, body: decodeWire(await response.text()) };
}

/** A GET sent exactly as written (fetch would normalise the path and the Host). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<number | undefined> {
  return new Promise((done, fail) => {
    const req = request(web.url, { path, headers }, (res) => {
      res.resume();
      done(res.statusCode);
    });
    req.on("error", fail);
    req.end();
  });
}

describe("web mode static files", () => {
  it("serves index.html with the token injected and its CSP as a header", async () => {
    const response = await fetch(web.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self'");
    expect(await response.text()).toContain(`<meta name="mvt-token" content="${web.token}">`);
  });

  it("serves wasm as application/wasm, and scripts with the worker policy", async () => {
    expect((await fetch(new URL("assets/sql-wasm.wasm", web.url))).headers.get("content-type")).toBe("application/wasm");
    const script = await fetch(new URL("assets/worker.js", web.url));
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(script.headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("does not serve files outside the renderer folder", async () => {
    await writeFile(join(scratch, "secret.txt"), "secret");
    expect(await rawGet("/%2e%2e/secret.txt")).toBe(404);
    expect(await rawGet("/..%2fsecret.txt")).toBe(404);
    expect(await rawGet("/assets/..%2f..%2fsecret.txt")).toBe(404);
  });
});

describe("web mode HostApi bridge", () => {
  it("requires the per-launch token", async () => {
    expect((await call("listPacks", [], {})).status).toBe(403);
    expect((await call("listPacks", [], { [TOKEN_HEADER]: "wrong" })).status).toBe(403);
  });

  it("refuses a Host header other than the loopback address (DNS rebinding)", async () => {
    expect(await rawGet("/", { host: "attacker.example" })).toBe(403);
    expect(await rawGet("/", { host: `localhost:${new URL(web.url).port}` })).toBe(200);
  });

  it("answers an unknown method with 404", async () => {
    expect(await call("deleteEverything", [])).toEqual({ status: 404, body: { error: expect.stringContaining("deleteEverything") } });
  });

  it("rejects bad arguments naming the argument", async () => {
    expect(await call("openLesson", ["django-basics", 42])).toEqual({
      status: 400,
      body: { error: "openLesson: argument 2 (lessonId) must be a string." },
    });
    expect((await call("writeLessonFile", ["django-basics", "n-plus-one", "../../etc/passwd", "x"])).body).toEqual({
      error: expect.stringContaining('goes up a folder with ".."'),
    });
    expect((await call("writeLessonFile", ["django-basics", "n-plus-one", "settings.ts", "x"])).status).toBe(400);
  });

  it("lists the built-in packs", async () => {
    const { status, body } = await call("listPacks", []);
    expect(status).toBe(200);
    expect(body).toMatchObject({ packs: expect.arrayContaining([expect.objectContaining({ id: "django-basics" })]), errors: [] });
    expect(nPlusOne(body)).toMatchObject({ id: "n-plus-one", title: "Fix an N+1 query", completed: false });
  });

  it("answers a refused pack import or removal as a client error saying why", async () => {
    const bad = join(scratch, "bad.mvtpack");
    await writeFile(bad, "not a zip");
    expect(await call("importPack", [bad])).toEqual({ status: 400, body: { error: expect.stringContaining(`${bad} is not a readable .mvtpack`) } });
    expect(await call("removePack", ["django-basics"])).toEqual({ status: 400, body: { error: expect.stringContaining('There is no imported pack "django-basics"') } });
  });

  it("round-trips a lesson: edits, database bytes, completion and reset", async () => {
    const opened = await call("openLesson", ["django-basics", "n-plus-one"]);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id: "n-plus-one", url: "/books/", readonly: ["settings.ts"] });
    expect(opened.body).not.toHaveProperty("database");
    expect(opened.body).toMatchObject({ passedChecks: null });

    // A run that passes some checks: the lesson reopens with those ticked, and is not completed.
    const some = [{ name: "test_a", title: "A", passed: true }, { name: "test_b", title: "B", passed: false }];
    expect((await call("recordChecks", ["django-basics", "n-plus-one", some])).status).toBe(200);
    expect((await call("openLesson", ["django-basics", "n-plus-one"])).body).toMatchObject({ passedChecks: ["test_a"], completed: false });

    const bytes = new Uint8Array([83, 81, 76, 105, 116, 101, 0, 255, 128]);
    expect(await call("writeLessonDatabase", ["django-basics", "n-plus-one", bytes])).toEqual({ status: 200, body: null });
    expect((await call("writeLessonFile", ["django-basics", "n-plus-one", "books/views.ts", "// edited\n"])).status).toBe(200);
    const passed = [{ name: "test_a", title: "A", passed: true }];
    expect((await call("recordChecks", ["django-basics", "n-plus-one", passed])).status).toBe(200);

    const reopened = (await call("openLesson", ["django-basics", "n-plus-one"])).body as Record<string, unknown>;
    expect(reopened.database).toEqual(bytes);
    expect((reopened.files as Record<string, string>)["books/views.ts"]).toBe("// edited\n");
    expect(nPlusOne((await call("listPacks", [])).body)).toMatchObject({ completed: true });

    const reset = (await call("resetLesson", ["django-basics", "n-plus-one"])).body as Record<string, unknown>;
    expect(reset.files).toEqual(reset.start);
    expect(reset).not.toHaveProperty("database");
    expect(reset).toMatchObject({ passedChecks: [], completed: true });
  });
});

/** The N+1 lesson's summary in a listPacks answer. */
function nPlusOne(body: unknown): unknown {
  const packs = (body as { packs: { lessons: { id: string }[] }[] }).packs;
  return packs[0]?.lessons.find((lesson) => lesson.id === "n-plus-one");
}

/**
 * The runtime end to end in Node, on the built-in N+1 lesson: real esbuild-wasm, real
 * sql.js, the real framework.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadPack } from "../../../app/host/packs";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { Sandbox } from "../../../sandbox/runtime/sandbox";

let start: ProjectFiles;
let solved: ProjectFiles;
let checks: string;

beforeAll(async () => {
  const { packs, errors } = await loadPack("lessons/django-basics");
  expect(errors).toEqual([]);
  const lesson = packs[0]?.lessons.find((l) => l.id === "n-plus-one");
  if (!lesson) throw new Error("the n-plus-one lesson is missing");
  start = lesson.start;
  solved = { ...lesson.start, ...lesson.solution };
  checks = lesson.checks;
});

async function loaded(files: ProjectFiles): Promise<Sandbox> {
  const sandbox = await createNodeSandbox();
  const result = await sandbox.load(files);
  expect(result.diagnostics).toEqual([]);
  return sandbox;
}

describe("Sandbox on the N+1 lesson", () => {
  it("lists ten books at 11 queries, flagged as N+1 at the template line", async () => {
    const sandbox = await loaded(start);
    const { response, trace } = await sandbox.request({ method: "GET", path: "/books/" });
    expect(response.status).toBe(200);
    expect(response.body).toContain("Frank Herbert");
    expect(trace.queries).toHaveLength(11);
    expect(trace.nPlusOne).toEqual([
      expect.objectContaining({ relation: "books.Book.author", fix: 'select_related("author")', count: 10, template: { name: "books/list.html", line: 8 } }),
    ]);
    expect(trace.queries[1]?.origin).toMatchObject({ file: "books/views.ts", line: 6 });
  });

  it("costs one query once the view uses select_related", async () => {
    const sandbox = await loaded(start);
    await sandbox.request({ method: "GET", path: "/books/" });
    await sandbox.load(solved);
    const { trace } = await sandbox.request({ method: "GET", path: "/books/" });
    expect(trace.queries).toHaveLength(1);
    expect(trace.queries[0]?.sql).toContain("INNER JOIN");
    expect(trace.nPlusOne).toEqual([]);
  });

  it("keeps the data across reloads and persists it as a database file", async () => {
    const sandbox = await loaded(start);
    await sandbox.load({ ...start, "books/views.ts": `${start["books/views.ts"]}\n// edited\n` });
    const { response } = await sandbox.request({ method: "GET", path: "/books/" });
    expect(response.body).toContain("Dune");
    const reopened = await createNodeSandbox();
    await reopened.load(start, sandbox.exportDatabase());
    const again = await reopened.request({ method: "GET", path: "/books/" });
    expect(again.response.body).toContain("Ubik");
  });

  it("answers 404 for an unknown book", async () => {
    const sandbox = await loaded(start);
    const { response } = await sandbox.request({ method: "GET", path: "/books/999/" });
    expect(response.status).toBe(404);
  });

  it("shows a syntax error with file:line and keeps the last working project", async () => {
    const sandbox = await loaded(start);
    const result = await sandbox.load({ ...start, "books/views.ts": "export function book_list(request {\n" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ file: "books/views.ts", line: 1 });
    const { response } = await sandbox.request({ method: "GET", path: "/books/" });
    expect(response.status).toBe(500);
    expect(response.body).toContain("books/views.ts:1");
    expect((await sandbox.load(start)).ok).toBe(true);
    expect((await sandbox.request({ method: "GET", path: "/books/" })).response.status).toBe(200);
  });

  it("shows a debug page naming the learner's line when a view throws", async () => {
    const throwing = start["books/views.ts"]?.replace(
      "  const books = Book.objects.all();",
      '  const books = Book.objects.all();\n  throw new Error("kaboom");',
    );
    const sandbox = await loaded({ ...start, "books/views.ts": throwing ?? "" });
    const { response } = await sandbox.request({ method: "GET", path: "/books/" });
    expect(response.status).toBe(500);
    expect(response.body).toContain("kaboom");
    expect(response.body).toContain("books/views.ts:6");
  });

  it("runs the checks: the start fails one, the solution passes all", async () => {
    const sandbox = await createNodeSandbox();
    const before = await sandbox.check(start, checks);
    expect(before.diagnostics).toEqual([]);
    expect(before.results.map((r) => r.passed)).toEqual([true, false]);
    expect(before.results[1]?.message).toContain("11 queries executed, 1 expected");
    const after = await sandbox.check(solved, checks);
    expect(after.results.map((r) => r.passed)).toEqual([true, true]);
  });
});

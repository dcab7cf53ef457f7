/**
 * The project templates load and serve their pages, and the sandbox's commands (SQL, the
 * shell, flush, loaddata, dumpdata, tables) work on them, in Node with the real runtime.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readProjectTree } from "../../../app/host/project-files";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { Sandbox } from "../../../sandbox/runtime/sandbox";

const TEMPLATES = resolve(__dirname, "../../../app/project-templates");

async function loadTemplate(name: string): Promise<Sandbox> {
  const sandbox = await createNodeSandbox();
  const { files } = await readProjectTree(resolve(TEMPLATES, name));
  const loaded = await sandbox.load(files);
  expect(loaded.diagnostics).toEqual([]);
  expect(loaded.wrote).toBe(true);
  return sandbox;
}

describe("project templates", () => {
  it.each([
    ["blank", "/", "It works"],
    ["bookstore", "/", "Frank Herbert"],
    ["blog", "/", "Querysets are lazy"],
    ["shop", "/api/products/", '"Go board"'],
  ])("%s serves %s", async (name, path, text) => {
    const sandbox = await loadTemplate(name);
    const { response } = await sandbox.request({ method: "GET", path });
    expect(response.status).toBe(200);
    expect(response.body).toContain(text);
  });

  it("blog takes a comment by POST and redirects back to the post", async () => {
    const sandbox = await loadTemplate("blog");
    // The blog runs CsrfViewMiddleware: post as a browser does, with the form's token and the cookie.
    const page = await sandbox.request({ method: "GET", path: "/posts/1/" });
    const token = /name="csrfmiddlewaretoken" value="(\w+)"/.exec(page.response.body)?.[1];
    const cookie = /csrftoken=(\w+)/.exec(page.response.headers["set-cookie"] ?? "")?.[1];
    expect(token && cookie).toBeTruthy();
    const { response, wrote } = await sandbox.request({
      method: "POST",
      path: "/posts/1/",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `csrftoken=${cookie}` },
      body: `csrfmiddlewaretoken=${token}&author=Grace&text=Lovely`,
    });
    expect(response.status).toBe(302);
    expect(response.headers["location"]).toBe("/posts/1/");
    expect(wrote).toBe(true);
    expect((await sandbox.request({ method: "GET", path: "/posts/1/" })).response.body).toContain("Lovely");
  });
});

describe("sandbox commands", () => {
  it("lists tables with columns, foreign keys and row counts", async () => {
    const sandbox = await loadTemplate("bookstore");
    const tables = sandbox.tables();
    const book = tables.find((table) => table.name === "books_book");
    expect(book?.rowCount).toBe(10);
    expect(book?.columns.find((column) => column.name === "author_id")?.references).toBe("books_author.id");
  });

  it("runs SQL, recording it as a query, and reports writes", async () => {
    const sandbox = await loadTemplate("bookstore");
    const select = await sandbox.run({ command: "sql", statement: "SELECT name FROM books_author WHERE id = ?", params: [1] });
    expect(select.result).toMatchObject({ ok: true, table: { columns: ["name"], rows: [["Frank Herbert"]] } });
    expect(select.result.trace.queries).toHaveLength(1);
    expect(select.wrote).toBe(false);
    const update = await sandbox.run({ command: "sql", statement: "UPDATE books_author SET name = 'F. H.' WHERE id = 1" });
    expect(update).toMatchObject({ result: { ok: true, text: "1 row changed." }, wrote: true });
    const broken = await sandbox.run({ command: "sql", statement: "SELECT nope FROM books_author" });
    expect(broken.result.ok).toBe(false);
    expect(broken.result.text).toContain("nope");
  });

  it("evaluates a shell expression against the project's models", async () => {
    const sandbox = await loadTemplate("bookstore");
    const count = await sandbox.run({ command: "shell", expression: "Book.objects.count()" });
    expect(count.result).toMatchObject({ ok: true, text: "10" });
    expect(count.result.trace.queries).toHaveLength(1);
    const first = await sandbox.run({ command: "shell", expression: 'Author.objects.filter({ name__startswith: "Frank" })' });
    expect(first.result.text).toBe("<QuerySet [<Author: Frank Herbert>]>");
    const wrong = await sandbox.run({ command: "shell", expression: "Nope.objects.count()" });
    expect(wrong.result.ok).toBe(false);
    expect((await sandbox.request({ method: "GET", path: "/" })).response.status).toBe(200);
  });

  it("dumps, flushes and loads data back in Django's fixture format", async () => {
    const sandbox = await loadTemplate("bookstore");
    const dumped = (await sandbox.run({ command: "dumpdata" })).result.text;
    const objects = JSON.parse(dumped) as { model: string; pk: number; fields: Record<string, unknown> }[];
    expect(objects[0]).toEqual({ model: "books.author", pk: 1, fields: { name: "Frank Herbert" } });
    expect(objects.find((o) => o.model === "books.book")?.fields).toHaveProperty("author");
    expect(await sandbox.run({ command: "flush" })).toMatchObject({ result: { ok: true }, wrote: true });
    expect(sandbox.tables().find((t) => t.name === "books_book")?.rowCount).toBe(0);
    const loaded = await sandbox.run({ command: "loaddata", name: "dump.json", json: dumped });
    expect(loaded.result.text).toContain(`Installed ${objects.length} object(s)`);
    expect(sandbox.tables().find((t) => t.name === "books_book")?.rowCount).toBe(10);
  });

  it("starts from an empty database when given empty bytes", async () => {
    const sandbox = await loadTemplate("bookstore");
    await sandbox.run({ command: "flush" });
    const { files } = await readProjectTree(resolve(TEMPLATES, "bookstore"));
    expect((await sandbox.load(files, new Uint8Array(0))).wrote).toBe(true);
    expect(sandbox.tables().find((t) => t.name === "books_book")?.rowCount).toBe(10);
  });
});

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

  // Django 3.2 with the same models printed this dump, and its loaddata sent these signals.
  it("dumps many-to-many keys in the related ordering and loads them back raw, as Django", async () => {
    const sandbox = await createNodeSandbox();
    const models = `import { models, receiver, signals } from "mvt";
const { pre_save, post_save, m2m_changed } = signals;
export class Tag extends models.Model {
  static fields = { name: models.CharField({ max_length: 20 }) };
  static Meta = { ordering: ["name"] };
}
export class Book extends models.Model {
  static fields = { title: models.CharField({ max_length: 20 }), tags: models.ManyToManyField(Tag, { blank: true }) };
}
export class Note extends models.Model {
  static fields = { text: models.CharField({ max_length: 20 }), created: models.DateTimeField({ auto_now_add: true }) };
}
const log: string[] = ((globalThis as unknown as { shelfLog?: string[] }).shelfLog ??= []);
receiver(pre_save)(function pre({ sender, raw }: { sender: { name: string }; raw: boolean }) { log.push(\`pre_save \${sender.name} \${raw}\`); });
receiver(post_save)(function post({ sender, raw, created }: { sender: { name: string }; raw: boolean; created: boolean }) { log.push(\`post_save \${sender.name} \${raw} \${created}\`); });
receiver(m2m_changed)(function m2m({ action }: { action: string }) { log.push(\`m2m \${action}\`); });
`;
    const files = {
      "settings.ts": 'export const INSTALLED_APPS = ["shelf"];\nexport const ROOT_URLCONF = "urls";\nexport const USE_TZ = true;\n',
      "urls.ts": "export const urlpatterns = [];\n",
      "shelf/models.ts": models,
    };
    expect((await sandbox.load(files)).diagnostics).toEqual([]);
    const run = async (expression: string) => (await sandbox.run({ command: "shell", expression })).result;
    expect(await run(`(() => { const [a, b, c] = ["b-sf", "a-classic", "c-new"].map((name) => Tag.objects.create({ name }));
      const dune = Book.objects.create({ title: "Dune" }); dune.tags.add(c, a, b); Book.objects.create({ title: "Kindred" });
      Note.objects.create({ text: "hi" }); Note.objects.update({ created: new Date(Date.UTC(2026, 11, 3, 17, 35, 18, 246)) }); return "ok"; })()`)).toMatchObject({ ok: true });
    const dumped = (await sandbox.run({ command: "dumpdata" })).result.text;
    expect(JSON.parse(dumped)).toEqual(JSON.parse('[{"model": "shelf.tag", "pk": 1, "fields": {"name": "b-sf"}}, {"model": "shelf.tag", "pk": 2, "fields": {"name": "a-classic"}}, ' +
      '{"model": "shelf.tag", "pk": 3, "fields": {"name": "c-new"}}, {"model": "shelf.book", "pk": 1, "fields": {"title": "Dune", "tags": [2, 1, 3]}}, ' +
      '{"model": "shelf.book", "pk": 2, "fields": {"title": "Kindred", "tags": []}}, {"model": "shelf.note", "pk": 1, "fields": {"text": "hi", "created": "2026-12-03T17:35:18.246Z"}}]'));
    await sandbox.run({ command: "flush" });
    await run("(globalThis as any).shelfLog.splice(0)");
    expect((await sandbox.run({ command: "loaddata", name: "shelf.json", json: dumped })).result.ok).toBe(true);
    expect((await run("(globalThis as any).shelfLog.join(', ')")).text).toBe(JSON.stringify([
      "pre_save Tag true", "post_save Tag true true", "pre_save Tag true", "post_save Tag true true", "pre_save Tag true", "post_save Tag true true",
      "pre_save Book true", "post_save Book true true", "m2m pre_add", "m2m post_add", "pre_save Book true", "post_save Book true true",
      "pre_save Note true", "post_save Note true true"].join(", ")));
    expect((await run("JSON.stringify([...Book.objects.all()].map((b) => [b.title, [...b.tags.all()].map((t) => t.name)]))")).text)
      .toBe(JSON.stringify(JSON.stringify([["Dune", ["a-classic", "b-sf", "c-new"]], ["Kindred", []]])));
    // Loaded raw: auto_now_add kept the fixture's time.
    expect((await run("Note.objects.get().created.toISOString()")).text).toBe(JSON.stringify("2026-12-03T17:35:18.246Z"));
    const bad = await sandbox.run({ command: "loaddata", name: "bad.json", json: '[{"model": "shelf.book", "pk": 9, "fields": {"title": "X", "tags": 1}}]' });
    expect(bad.result.text).toContain('field "tags": a many-to-many value must be a list of keys');
  });

  it("starts from an empty database when given empty bytes", async () => {
    const sandbox = await loadTemplate("bookstore");
    await sandbox.run({ command: "flush" });
    const { files } = await readProjectTree(resolve(TEMPLATES, "bookstore"));
    expect((await sandbox.load(files, new Uint8Array(0))).wrote).toBe(true);
    expect(sandbox.tables().find((t) => t.name === "books_book")?.rowCount).toBe(10);
  });
});

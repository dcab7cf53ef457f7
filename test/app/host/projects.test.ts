import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HostInputError } from "../../../app/host/errors";
import { Projects } from "../../../app/host/projects";

const TEMPLATES = resolve(__dirname, "../../../app/project-templates");
let home: string;
let projects: Projects;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "mvt-projects-"));
  projects = new Projects(home, TEMPLATES);
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("Projects", () => {
  it("lists the four templates and no recent projects at first", async () => {
    const list = await projects.list();
    expect(list.templates.map((t) => t.name)).toEqual(["blank", "blog", "bookstore", "shop"]);
    expect(list.recent).toEqual([]);
  });

  it("creates a project from a template under <home>/projects and remembers it", async () => {
    const detail = await projects.create("my-blog", "blog");
    expect(detail.root).toBe(join(home, "projects", "my-blog"));
    expect(detail.files["posts/views.ts"]).toContain("post_detail");
    expect(detail.folders).toContain("posts");
    expect((await projects.list()).recent.map((p) => p.name)).toEqual(["my-blog"]);
    await expect(projects.create("my-blog", "blog")).rejects.toThrow(/already exists/);
  });

  it.each(["../evil", "a/b", "a\\b", "", ".hidden"])("refuses the name %j with a message", async (name) => {
    await expect(projects.create(name, "blank")).rejects.toBeInstanceOf(HostInputError);
  });

  it("says what a project is when a folder is not one", async () => {
    await expect(projects.open(home)).rejects.toThrow(/is not an MVT Lab project: it has no settings.ts/);
  });

  it("writes, renames, deletes inside the project only", async () => {
    const { root } = await projects.create("p", "blank");
    await projects.writeFile(root, "pages/forms.ts", "export {};\n");
    await projects.rename(root, "pages/forms.ts", "pages/extra/forms.ts");
    expect(await readFile(join(root, "pages/extra/forms.ts"), "utf8")).toBe("export {};\n");
    await projects.delete(root, "pages/extra");
    expect(await readdir(join(root, "pages"))).not.toContain("extra");
    await expect(projects.writeFile(root, "../outside.ts", "")).rejects.toBeInstanceOf(HostInputError);
    await expect(projects.writeFile(home, "x.ts", "")).rejects.toThrow(/not an open project/);
  });

  it("lists files it cannot show (not UTF-8) and never overwrites a damaged database", async () => {
    const { root } = await projects.create("p", "blank");
    await writeFile(join(root, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(join(root, "db.sqlite3"), "garbage");
    const detail = await projects.open(root);
    expect(detail.unreadable).toEqual([{ path: "latin1.txt", reason: expect.stringContaining("not UTF-8") }]);
    expect(detail.databaseProblem).toMatch(/not an SQLite database/);
    expect(detail.database).toBeUndefined();
    await expect(projects.writeDatabase(root, new Uint8Array([1]))).rejects.toThrow(/damaged and was not overwritten/);
    const backup = await projects.backupDatabase(root);
    expect(await readFile(join(root, backup), "utf8")).toBe("garbage");
    await projects.writeDatabase(root, new Uint8Array([1, 2]));
  });

  it("reads the bytes of binary files in static folders for the preview, and only those", async () => {
    const { root } = await projects.create("p", "blog");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
    await writeFile(join(root, "posts/static/posts/logo.png"), png);
    await mkdir(join(root, "static"), { recursive: true });
    await writeFile(join(root, "static/font.woff2"), Buffer.from([0, 0, 1]));
    await writeFile(join(root, "posts/data.bin"), Buffer.from([0, 9]));
    const detail = await projects.open(root);
    expect(detail.unreadable.map((u) => u.path).sort()).toEqual(["posts/data.bin", "posts/static/posts/logo.png", "static/font.woff2"]);
    expect(detail.staticBinaries).toEqual({ "posts/static/posts/logo.png": new Uint8Array(png), "static/font.woff2": new Uint8Array([0, 0, 1]) });
  });
});

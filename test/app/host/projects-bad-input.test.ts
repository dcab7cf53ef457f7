/** A huge file and a read-only project folder: each opens with a clear message, nothing lost. */
import type { PathLike } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostInputError } from "../../../app/host/errors";
import { Projects } from "../../../app/host/projects";

/** Folders the file system treats as read-only (chmod cannot, for root, who runs CI). */
const readonlyRoots = new Set<string>();
const denied = (path: PathLike) => [...readonlyRoots].some((root) => String(path).startsWith(root));
const eacces = (path: PathLike) => Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: "EACCES" });
/** Folders on a file system that went read-only after opening (EROFS on the final rename, as a remount would). */
const erofsRoots = new Set<string>();
const erofs = (path: PathLike) => [...erofsRoots].some((root) => String(path).startsWith(root));

vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    access: async (path: PathLike, mode?: number) => (denied(path) ? Promise.reject(eacces(path)) : fs.access(path, mode)),
    open: async (path: PathLike, flags?: string) => (denied(path) ? Promise.reject(eacces(path)) : fs.open(path, flags)),
    rename: async (from: PathLike, to: PathLike) =>
      erofs(to) ? Promise.reject(Object.assign(new Error(`EROFS: read-only file system, rename '${String(to)}'`), { code: "EROFS" })) : fs.rename(from, to),
  };
});

const TEMPLATES = resolve(__dirname, "../../../app/project-templates");
let home: string;
let projects: Projects;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "mvt-projects-bad-"));
  projects = new Projects(home, TEMPLATES);
});
afterEach(async () => {
  readonlyRoots.clear();
  erofsRoots.clear();
  await rm(home, { recursive: true, force: true });
});

describe("Projects with bad input", () => {
  it("lists a file over 1 MB as one the editor does not open, and leaves it on disk", async () => {
    const { root } = await projects.create("huge", "blank");
    const huge = "x".repeat(1.5 * 1024 * 1024);
    await writeFile(join(root, "data.txt"), huge);
    const detail = await projects.open(root);
    expect(detail.files["data.txt"]).toBeUndefined();
    expect(detail.unreadable).toEqual([{ path: "data.txt", reason: expect.stringContaining("is 1.5 MB; the editor opens files up to 1 MB") }]);
    expect(await readFile(join(root, "data.txt"), "utf8")).toBe(huge);
  });

  it("opens a read-only folder read-only, and a write says why without touching the file", async () => {
    const { root } = await projects.create("locked", "blank");
    const before = await readFile(join(root, "pages/views.ts"), "utf8");
    readonlyRoots.add(root);
    const detail = await projects.open(root);
    expect(detail.readonly).toBe(true);
    expect(detail.files["pages/views.ts"]).toBe(before);
    const write = projects.writeFile(root, "pages/views.ts", "// edited\n");
    await expect(write).rejects.toBeInstanceOf(HostInputError);
    await expect(write).rejects.toThrow(/the project folder is read-only. Your text is kept in the editor/);
    expect(await readFile(join(root, "pages/views.ts"), "utf8")).toBe(before);
  });

  it("turns EROFS on the final rename into a message, keeps the old file whole and leaves no temporary file", async () => {
    const { root } = await projects.create("remounted", "blank");
    const before = await readFile(join(root, "pages/views.ts"), "utf8");
    erofsRoots.add(root);
    const write = projects.writeFile(root, "pages/views.ts", "// half a save?\n");
    await expect(write).rejects.toBeInstanceOf(HostInputError);
    await expect(write).rejects.toThrow(/"pages\/views.ts" could not be written: the project folder is read-only. Your text is kept in the editor/);
    expect(await readFile(join(root, "pages/views.ts"), "utf8")).toBe(before);
    expect((await readdir(join(root, "pages"))).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const database = projects.writeDatabase(root, new TextEncoder().encode("SQLite format 3\0rest"));
    await expect(database).rejects.toThrow(/"db.sqlite3" could not be written: the project folder is read-only. The data stays in memory/);
    expect((await readdir(root)).filter((name) => name.startsWith(".db.sqlite3") || name === "db.sqlite3")).toEqual([]);
    await expect(projects.rename(root, "pages/views.ts", "pages/other.ts")).rejects.toThrow(/could not be written: the project folder is read-only/);
    expect(await readFile(join(root, "pages/views.ts"), "utf8")).toBe(before);
  });
});

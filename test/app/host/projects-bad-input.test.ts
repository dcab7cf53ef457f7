/** A huge file and a read-only project folder: each opens with a clear message, nothing lost. */
import type { PathLike } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostInputError } from "../../../app/host/errors";
import { Projects } from "../../../app/host/projects";

/** Folders the file system treats as read-only (chmod cannot, for root, who runs CI). */
const readonlyRoots = new Set<string>();
const denied = (path: PathLike) => [...readonlyRoots].some((root) => String(path).startsWith(root));
const eacces = (path: PathLike) => Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: "EACCES" });

vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    access: async (path: PathLike, mode?: number) => (denied(path) ? Promise.reject(eacces(path)) : fs.access(path, mode)),
    open: async (path: PathLike, flags?: string) => (denied(path) ? Promise.reject(eacces(path)) : fs.open(path, flags)),
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
});

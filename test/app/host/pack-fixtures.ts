/** Lesson packs on disk for the pack archive, import and host tests, all under os.tmpdir(). */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A fresh temp folder, removed after the test. */
export async function scratch(name = "mvt-pack-"): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), name));
  made.push(folder);
  return folder;
}

/** Writes `files` (path -> content) under `root`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** The files of a schema-valid pack with one lesson, "hello". */
export function packFiles(id: string, version: string, title = "A shared pack"): Record<string, string> {
  return {
    "pack.yaml": `id: ${id}\ntitle: ${title}\nversion: "${version}"\ndescription: Made by an instructor.\nlessons:\n  - hello\n`,
    "hello/lesson.yaml": "title: Say hello\nurl: /\nopen: [views.ts]\n",
    "hello/lesson.md": "# Say hello\n",
    "hello/checks.ts": "export default class C {}\n",
    "hello/start/views.ts": "export const a = 1;\n",
    "hello/solution/views.ts": "export const a = 2;\n",
  };
}

/** A pack folder named like its id in a fresh temp folder; returns the pack folder. */
export async function makePack(id: string, version: string, extra: Record<string, string> = {}): Promise<string> {
  const folder = join(await scratch(), id);
  await writeTree(folder, { ...packFiles(id, version), ...extra });
  return folder;
}

/** Reading a folder of project files, as lessons and working copies store them. */
import { type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ProjectFiles } from "../../sandbox/protocol";

/**
 * Reads every file under `dir` as UTF-8 text, keyed by its "/"-separated path relative to
 * `dir`, in sorted order. Dotfiles (.DS_Store, editor swap files) are not project files
 * and are left out.
 */
export async function readTree(dir: string): Promise<ProjectFiles> {
  const files: ProjectFiles = {};
  await walk(dir, "", files);
  return files;
}

async function walk(dir: string, prefix: string, into: ProjectFiles): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`, into);
    else if (entry.isFile()) into[path] = await readFile(join(dir, entry.name), "utf8");
  }
}

/** The file's stats, or undefined when it does not exist (other failures are thrown). */
export async function statIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** True for the "no such file" error of a fs call. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT";
}

/**
 * Reading a project folder for the editor: text files as UTF-8, with the files it cannot
 * show (binary, not UTF-8, too large) listed with the reason instead of failing.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { UnreadableFile } from "../contract";
import type { ProjectFiles } from "../../sandbox/protocol";
import { MEDIA_FOLDER } from "./media";

/** The editor opens files up to this size; larger ones are listed as unreadable. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The project's database file, kept beside settings.ts as Django's default is. */
export const DATABASE_FILE = "db.sqlite3";

export interface ProjectTree {
  files: ProjectFiles;
  folders: string[];
  unreadable: UnreadableFile[];
}

/** Files that are the app's, not the learner's: the database and its backups, uploads, dotfiles. */
function isHidden(name: string): boolean {
  return name.startsWith(".") || name.startsWith(DATABASE_FILE) || name === "node_modules" || name === MEDIA_FOLDER;
}

/** Reads every project file under `root`, sorted, "/"-separated. */
export async function readProjectTree(root: string): Promise<ProjectTree> {
  const tree: ProjectTree = { files: {}, folders: [], unreadable: [] };
  await walk(root, "", tree);
  return tree;
}

async function walk(dir: string, prefix: string, tree: ProjectTree): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const path = prefix + entry.name;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      tree.folders.push(path);
      await walk(full, `${path}/`, tree);
    } else if (entry.isFile()) {
      const text = await readText(full);
      if (typeof text === "string") tree.files[path] = text;
      else tree.unreadable.push({ path, reason: text.reason });
    }
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file as text, or why the editor cannot show it. */
async function readText(full: string): Promise<string | { reason: string }> {
  const size = (await stat(full)).size;
  if (size > MAX_FILE_BYTES) {
    return { reason: `is ${(size / 1024 / 1024).toFixed(1)} MB; the editor opens files up to 1 MB. It is left as it is on disk.` };
  }
  const bytes = await readFile(full);
  if (bytes.includes(0)) return { reason: "is a binary file; the editor shows text only. It is left as it is on disk." };
  try {
    return utf8.decode(bytes);
  } catch {
    return { reason: "is not UTF-8 text; save it as UTF-8 in another editor to edit it here. It is left as it is on disk." };
  }
}

/** SQLite's file header; anything else in db.sqlite3 is not a database. */
const SQLITE_HEADER = "SQLite format 3\0";

/** Why `bytes` is not an SQLite database, or undefined when it looks like one. */
export function databaseProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined;
  const header = new TextDecoder().decode(bytes.subarray(0, SQLITE_HEADER.length));
  if (header === SQLITE_HEADER) return undefined;
  return `${DATABASE_FILE} is not an SQLite database (it may be damaged). Back it up and start with a fresh database, or replace it with a good copy.`;
}

/** Static files the preview serves from bytes: up to this size each. */
export const MAX_STATIC_BINARY_BYTES = 5 * 1024 * 1024;

/** A path in a static folder, as runserver finds them: `static/...` or `<app>/static/...`. */
export function isStaticPath(path: string): boolean {
  return path.startsWith("static/") || /^[^/]+\/static\//.test(path);
}

/**
 * The bytes of the files in static folders that are not text (images, fonts), for the
 * preview: the editor cannot show them, but a page that links them must get them.
 */
export async function readStaticBinaries(root: string, unreadable: readonly UnreadableFile[]): Promise<Record<string, Uint8Array>> {
  const binaries: Record<string, Uint8Array> = {};
  for (const { path } of unreadable) {
    if (!isStaticPath(path)) continue;
    const full = join(root, ...path.split("/"));
    if ((await stat(full)).size > MAX_STATIC_BINARY_BYTES) continue;
    binaries[path] = new Uint8Array(await readFile(full));
  }
  return binaries;
}

/**
 * A project's uploaded files, in `<project>/media/` as Django's MEDIA_ROOT: read whole
 * when the project opens (the sandbox serves them), written one at a time, atomically,
 * as the sandbox saves or deletes them. Every path stays inside media/.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { MediaFiles } from "../../sandbox/protocol";
import { writeFileAtomic } from "./atomic";
import { confinePath } from "./confine";

/** The project's media folder: uploads, not source, so the editor's tree leaves it out. */
export const MEDIA_FOLDER = "media";

/** Every file under `<root>/media/` by "/"-separated path; {} when there is no folder. */
export async function readMedia(root: string): Promise<MediaFiles> {
  const media: MediaFiles = {};
  await walk(join(root, MEDIA_FOLDER), "", media);
  return media;
}

async function walk(dir: string, prefix: string, media: MediaFiles): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`, media);
    else if (entry.isFile()) media[path] = new Uint8Array(await readFile(join(dir, entry.name)));
  }
}

/** Writes `<root>/media/<path>` (atomically), or deletes it when `bytes` is null. */
export async function writeMedia(root: string, path: string, bytes: Uint8Array | null): Promise<void> {
  const full = confinePath(join(root, MEDIA_FOLDER), path);
  if (bytes) await writeFileAtomic(full, bytes);
  else await rm(full, { force: true });
}

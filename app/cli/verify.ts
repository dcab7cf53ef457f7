/** `mvt verify [packDir...]`: verifies lesson packs headless and prints a line per lesson. */
import { join, resolve } from "node:path";
import { statIfExists } from "../host/files";
import { describePackError, type LoadedPacks, loadPack, loadPacks, mergeLoaded } from "../host/packs";
import { type CheckRunner, verifyPack } from "../host/verify";

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/**
 * Verifies the packs in `folders` (each a pack folder with pack.yaml, or a folder of
 * packs); prints to `out`. Returns true when every pack loaded and every lesson is valid.
 */
export async function verifyCommand(folders: readonly string[], runner: () => Promise<CheckRunner>, out: (line: string) => void): Promise<boolean> {
  const loaded = mergeLoaded(await Promise.all(folders.map(loadFolder)));
  for (const error of loaded.errors) {
    out(`error ${describePackError(error)}`);
  }
  const checks = loaded.packs.length > 0 ? await runner() : undefined;
  let lessons = 0;
  let valid = 0;
  for (const pack of loaded.packs) {
    out(`${pack.id} ${pack.version}: ${pack.title}`);
    for (const verdict of checks ? await verifyPack(pack, checks) : []) {
      lessons += 1;
      if (verdict.valid) valid += 1;
      out(`  ${verdict.valid ? "ok     " : "INVALID"} ${verdict.lessonId}: ${verdict.summary}`);
    }
  }
  const errors = loaded.errors.length;
  out(
    `${valid} of ${lessons} lesson(s) valid in ${loaded.packs.length} pack(s)` +
      (errors > 0 ? `; ${errors} pack error(s) above` : "") +
      (valid === lessons && errors === 0 ? "." : ": the pack is not valid."),
  );
  return valid === lessons && errors === 0 && loaded.packs.length > 0;
}

async function loadFolder(folder: string): Promise<LoadedPacks> {
  const full = resolve(folder);
  const info = await statIfExists(full);
  if (!info?.isDirectory()) throw new UsageError(`${folder} is not a folder: give the path of a lesson pack (a folder with pack.yaml).`);
  return (await statIfExists(join(full, "pack.yaml"))) ? loadPack(full) : loadPacks(full);
}

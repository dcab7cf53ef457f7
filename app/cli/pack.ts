/** `mvt pack` and `mvt import`: share a lesson pack as one .mvtpack file, and install one. */
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../host/atomic";
import { HostInputError } from "../host/errors";
import { statIfExists } from "../host/files";
import { readPackFolder, writePackArchive } from "../host/pack-archive";
import { importedPacksDir, importPack, type ImportOptions } from "../host/pack-install";
import { loadPack } from "../host/packs";
import type { CheckRunner } from "../host/verify";
import { UsageError, verifyCommand } from "./verify";

/**
 * Verifies the pack in `folder` as `mvt verify` does and, when it is valid, writes
 * `<id>-<version>.mvtpack` (or `out`). Returns the exit code: 1 when the pack is invalid.
 */
export async function packCommand(folder: string, out: string | undefined, runner: () => Promise<CheckRunner>, line: (text: string) => void): Promise<number> {
  const full = resolve(folder);
  if (!(await statIfExists(join(full, "pack.yaml")))) {
    throw new UsageError(`${folder} is not a lesson pack folder (it has no pack.yaml): give the folder that holds pack.yaml.`);
  }
  if (!(await verifyCommand([full], runner, line))) {
    line(`Nothing was packed: fix what is listed above (check with "mvt verify ${folder}"), then run "mvt pack" again.`);
    return 1;
  }
  const [pack] = (await loadPack(full)).packs;
  if (!pack) throw new Error(`${folder} verified but did not load again: was it changed meanwhile?`);
  const files = await readPackFolder(full);
  const bytes = writePackArchive(pack.id, pack.version, files);
  const target = resolve(out ?? `${pack.id}-${pack.version.replace(/[^A-Za-z0-9._-]/g, "_")}.mvtpack`);
  await writeFileAtomic(target, bytes);
  line(`Packed ${pack.id} ${pack.version} (${files.size} files, ${Math.ceil(bytes.length / 1024)} KB) into ${target}`);
  line(`Share that file; a learner imports it with "Import pack…" on MVT Lab's Home, or "mvt import ${target}".`);
  return 0;
}

/** Installs a .mvtpack or a pack folder into <home>/packs. Returns the exit code: 1 when refused, saying why on `err`. */
export async function importCommand(source: string, options: ImportOptions, line: (text: string) => void, err: (text: string) => void): Promise<number> {
  try {
    const result = await importPack(source, options);
    const replaced = result.replaced === null ? "" : `, replacing ${result.replaced}`;
    line(`Imported ${result.id} ${result.version}: ${result.title} (${result.lessons} lesson${result.lessons === 1 ? "" : "s"}${replaced}) into ${join(importedPacksDir(options.home), result.id)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof HostInputError)) throw error;
    err(`mvt import: ${error.message}`);
    return 1;
  }
}

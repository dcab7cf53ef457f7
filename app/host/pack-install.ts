/**
 * Imported lesson packs, kept in <home>/packs/<id>/. An import is unpacked into a hidden
 * temporary folder beside them, loaded with the pack schema, and only then renamed into
 * place; the installed version is moved aside first and removed last, so a failure never
 * leaves half a pack nor loses the one that was there.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { PackImport } from "../contract";
import { HostInputError } from "./errors";
import { statIfExists } from "./files";
import { MAX_UNPACKED_BYTES, type PackFiles, readPackArchive, readPackFolder } from "./pack-archive";
import { describePackError, loadPack, loadPacks } from "./packs";
import { compareVersions } from "./versions";

/** Where imported packs live. */
export function importedPacksDir(home: string): string {
  return join(home, "packs");
}

export interface ImportOptions {
  /** The learner's data folder. */
  home: string;
  /** The built-in packs, whose ids an import may not take. */
  builtInDir: string;
  /** Replace an imported pack even when it is newer than this one. */
  force?: boolean;
}

/** Installs the pack in `source` (a .mvtpack file or a pack folder); throws a HostInputError saying what is wrong. */
export async function importPack(source: string, options: ImportOptions): Promise<PackImport> {
  const path = resolve(source);
  const info = await statIfExists(path);
  if (!info) throw new HostInputError(`${source} does not exist: give the path of a .mvtpack file or of a pack folder (with pack.yaml).`);
  let files: PackFiles;
  let claimed: { id: string; version: string } | undefined;
  if (info.isDirectory()) {
    files = await readPackFolder(path);
  } else {
    // A compressed archive is never larger than what it unpacks to (beyond its headers).
    if (info.size > MAX_UNPACKED_BYTES) throw new HostInputError(`${source} is over ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than a lesson pack may: leave large files out or split the pack.`);
    const archive = readPackArchive(await readFile(path), source);
    files = archive.files;
    claimed = archive.manifest;
  }

  const packsDir = importedPacksDir(options.home);
  await mkdir(packsDir, { recursive: true });
  const staging = await mkdtemp(join(packsDir, ".import-"));
  try {
    // Named like the pack, so the schema's messages read "<id>/pack.yaml".
    const staged = join(staging, claimed?.id ?? basename(path));
    for (const [file, bytes] of files) {
      await mkdir(dirname(join(staged, file)), { recursive: true });
      await writeFile(join(staged, file), bytes);
    }
    const loaded = await loadPack(staged, "imported");
    const pack = loaded.packs[0];
    if (!pack || loaded.errors.length > 0) {
      const lines = loaded.errors.map((error) => `  ${describePackError(error)}`);
      throw new HostInputError(`${source} is not a valid lesson pack, so nothing was imported:\n${lines.join("\n")}\nFix the pack, check it with "mvt verify", and pack it again.`);
    }
    if (claimed && (claimed.id !== pack.id || claimed.version !== pack.version)) {
      throw new HostInputError(`${source}: mvtpack.json says ${claimed.id} ${claimed.version} but pack.yaml says ${pack.id} ${pack.version}; make the archive again with "mvt pack".`);
    }
    if ((await loadPacks(options.builtInDir)).packs.some((builtIn) => builtIn.id === pack.id)) {
      throw new HostInputError(`${source}: "${pack.id}" is the id of a built-in pack, which an import cannot replace; give the pack its own id in pack.yaml and pack it again.`);
    }
    const installed = await findImported(packsDir, pack.id);
    if (installed?.version && compareVersions(installed.version, pack.version) > 0 && !options.force) {
      throw new HostInputError(
        `${pack.id} ${installed.version} is already imported, which is newer than this ${pack.version}: nothing was changed. ` +
          `To go back to ${pack.version}, remove the imported pack first, or run "mvt import --force".`,
      );
    }
    const target = installed?.folder ?? join(packsDir, pack.id);
    const aside = join(packsDir, `.replaced-${pack.id}-${randomBytes(4).toString("hex")}`);
    if (installed) await rename(target, aside);
    try {
      await rename(staged, target);
    } catch (error) {
      if (installed) await rename(aside, target);
      throw error;
    }
    if (installed) await rm(aside, { recursive: true, force: true });
    return { id: pack.id, title: pack.title, version: pack.version, lessons: pack.lessons.length, replaced: installed ? (installed.version ?? "a copy that no longer loaded") : null };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Removes an imported pack's folder; progress and working copies live elsewhere and stay. */
export async function removeImportedPack(home: string, packId: string): Promise<void> {
  const packsDir = importedPacksDir(home);
  const installed = (await statIfExists(packsDir)) ? await findImported(packsDir, packId) : undefined;
  if (!installed) throw new HostInputError(`There is no imported pack "${packId}": only imported packs can be removed (built-in ones come with the app).`);
  // Renamed away first, so the list never shows a half-deleted pack.
  const aside = join(packsDir, `.removed-${packId}-${randomBytes(4).toString("hex")}`);
  await rename(installed.folder, aside);
  await rm(aside, { recursive: true, force: true });
}

/** The imported pack with this id (whatever its folder is called), if one loads. */
async function findImported(packsDir: string, packId: string): Promise<{ folder: string; version: string | null } | undefined> {
  const pack = (await loadPacks(packsDir, "imported")).packs.find((candidate) => candidate.id === packId);
  if (pack) return { folder: pack.folder, version: pack.version };
  // A folder named like the id whose pack.yaml no longer loads is still that pack's place.
  const folder = join(packsDir, packId);
  return (await statIfExists(folder)) ? { folder, version: null } : undefined;
}

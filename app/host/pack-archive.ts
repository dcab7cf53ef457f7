/**
 * .mvtpack archives: a pack folder's files in a zip, with mvtpack.json listing each file's
 * SHA-256. Written deterministically (sorted entries, a fixed time) so the same pack gives
 * the same bytes; read defensively, since an archive comes from someone else: its central
 * directory is checked (paths, symlinks, sizes, count) before anything is inflated.
 */
import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { inflateSync, zipSync, type Zippable } from "fflate";
import { z } from "zod";
import { ID_PATTERN } from "../contract";
import { HostInputError } from "./errors";

export const MANIFEST_FILE = "mvtpack.json";
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const MAX_FILES = 5000;

/** A pack's files: "/"-separated path relative to the pack folder -> bytes. */
export type PackFiles = Map<string, Uint8Array>;

const manifestSchema = z.strictObject({
  format: z.literal(1, "must be 1 (this archive was made by a newer MVT Lab: update the app)"),
  id: z.string().regex(ID_PATTERN, "must be a pack id"),
  version: z.string().min(1, "must be the pack's version"),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex")),
});

/** mvtpack.json: which pack this is, and the SHA-256 of every file beside it. */
export type ArchiveManifest = z.infer<typeof manifestSchema>;

/** The DOS time every entry gets, built from local parts so the bytes are the same in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The zip bytes for a pack's files: mvtpack.json first, then the files by path. */
export function writePackArchive(id: string, version: string, files: PackFiles): Uint8Array {
  const paths = [...files.keys()].sort();
  const manifest: ArchiveManifest = { format: 1, id, version, files: {} };
  for (const path of paths) manifest.files[path] = sha256(files.get(path) as Uint8Array);
  const entries: Zippable = { [MANIFEST_FILE]: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const path of paths) entries[path] = files.get(path) as Uint8Array;
  return zipSync(entries, { level: 9, mtime: FIXED_TIME });
}

/**
 * Reads a pack folder's files (dotfiles left out, as the pack loader does), refusing
 * symbolic links and a pack over the size or file limits.
 */
export async function readPackFolder(folder: string): Promise<PackFiles> {
  const files: PackFiles = new Map();
  const limits = new Limits(folder);
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
    for (const name of names) {
      const path = prefix + name;
      const info = await lstat(join(dir, name));
      if (info.isSymbolicLink()) {
        throw new HostInputError(`${join(folder, path)} is a symbolic link: a pack holds only plain files and folders; put the file itself there.`);
      }
      if (info.isDirectory()) await walk(join(dir, name), `${path}/`);
      else if (info.isFile()) {
        limits.add(info.size);
        files.set(path, await readFile(join(dir, name)));
      }
    }
  };
  await walk(folder, "");
  return files;
}

/**
 * Reads and checks an archive made by writePackArchive; `where` names it in messages.
 * Throws a HostInputError saying what is wrong, where, and what to do.
 */
export function readPackArchive(bytes: Uint8Array, where: string): { manifest: ArchiveManifest; files: PackFiles } {
  const entries = centralDirectory(bytes, where);
  const limits = new Limits(where);
  const seen = new Set<string>();
  for (const entry of entries) {
    checkEntryPath(entry.name, where);
    if (entry.symlink) throw unsafe(where, entry.name, "is a symbolic link");
    if (seen.has(entry.name)) throw unsafe(where, entry.name, "appears twice");
    seen.add(entry.name);
    if (!entry.name.endsWith("/")) limits.add(entry.size);
  }
  const unpacked: PackFiles = new Map();
  for (const entry of entries) {
    if (!entry.name.endsWith("/")) unpacked.set(entry.name, inflateEntry(bytes, entry, where));
  }
  const manifest = readManifest(unpacked, where);
  unpacked.delete(MANIFEST_FILE);
  const remake = 'get a fresh copy of the archive, or make it again with "mvt pack"';
  for (const [path, data] of unpacked) {
    const expected = manifest.files[path];
    if (expected === undefined) throw new HostInputError(`${where}: ${path} is not listed in ${MANIFEST_FILE}: the archive was changed after it was made; ${remake}.`);
    if (sha256(data) !== expected) throw new HostInputError(`${where}: ${path} does not match its checksum in ${MANIFEST_FILE}: the file was changed or damaged after the archive was made; ${remake}.`);
  }
  for (const path of Object.keys(manifest.files)) {
    if (!unpacked.has(path)) throw new HostInputError(`${where}: ${path} is listed in ${MANIFEST_FILE} but missing from the archive; ${remake}.`);
  }
  return { manifest, files: unpacked };
}

/** Counts files and bytes against MAX_FILES and MAX_UNPACKED_BYTES. */
class Limits {
  private files = 0;
  private bytes = 0;
  constructor(private readonly where: string) {}

  add(size: number): void {
    this.files += 1;
    this.bytes += size;
    if (this.files > MAX_FILES) {
      throw new HostInputError(`${this.where} holds over ${MAX_FILES} files, more than a lesson pack may: split it into smaller packs.`);
    }
    if (this.bytes > MAX_UNPACKED_BYTES) {
      throw new HostInputError(`${this.where} is over ${MAX_UNPACKED_BYTES / 1024 / 1024} MB unpacked, more than a lesson pack may: leave large files out or split the pack.`);
    }
  }
}

/** Refuses entry paths that could land outside the pack folder. */
function checkEntryPath(name: string, where: string): void {
  if (name.includes("\\")) throw unsafe(where, name, "contains a backslash");
  if (name.includes("\0")) throw unsafe(where, name, "contains a NUL character");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) throw unsafe(where, name, "is an absolute path");
  const segments = name.replace(/\/$/, "").split("/");
  if (segments.includes("..")) throw unsafe(where, name, 'goes up a folder with ".."');
  if (segments.some((segment) => segment === "" || segment === ".")) throw unsafe(where, name, 'has an empty or "." part');
}

function unsafe(where: string, name: string, why: string): HostInputError {
  return new HostInputError(`${where}: the entry "${name.replaceAll("\0", "\\0")}" ${why}; a pack archive may only hold plain files inside the pack, so this one was refused. Ask its author for an archive made with "mvt pack".`);
}

function readManifest(files: PackFiles, where: string): ArchiveManifest {
  const bytes = files.get(MANIFEST_FILE);
  if (!bytes) throw new HostInputError(`${where} has no ${MANIFEST_FILE}: it was not made with "mvt pack"; make it with "mvt pack <packDir>", or import the pack's folder instead.`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new HostInputError(`${where}: ${MANIFEST_FILE} is not valid JSON (${(error as Error).message}); make the archive again with "mvt pack".`);
  }
  const result = manifestSchema.safeParse(data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue?.path.join(".") || "(the whole file)";
  throw new HostInputError(`${where}: ${MANIFEST_FILE} field ${field} ${issue?.message ?? "is invalid"}; make the archive again with "mvt pack".`);
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
  symlink: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function notAZip(where: string, why: string): HostInputError {
  return new HostInputError(`${where} is not a readable .mvtpack (${why}): it is not a zip archive, or it was cut short while copying; get the file again, or make it with "mvt pack".`);
}

/** The entries of the zip's central directory, as its end record describes them. */
function centralDirectory(bytes: Uint8Array, where: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notAZip(where, "no end of central directory");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) throw new HostInputError(`${where} is a ZIP64 archive, which .mvtpack never is: make it with "mvt pack".`);
  if (start + size > end) throw notAZip(where, "its central directory lies past the end of the file");
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw notAZip(where, `entry ${i + 1} of ${count} is damaged`);
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      // Unix-made entries carry the file mode in the high half of the external attributes.
      symlink: madeBy === 3 && (mode & 0o170000) === 0o120000,
    });
    at += 46 + skip;
  }
  return entries;
}

/** One entry's bytes; the output never grows past the size the directory declared. */
function inflateEntry(bytes: Uint8Array, entry: Entry, where: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL_SIGNATURE) {
    throw notAZip(where, `the data of ${entry.name} is missing`);
  }
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > bytes.length) throw notAZip(where, `the data of ${entry.name} is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.slice();
  if (entry.method !== 8) throw new HostInputError(`${where}: ${entry.name} is compressed with method ${entry.method}, which .mvtpack never uses: make the archive with "mvt pack".`);
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw notAZip(where, `${entry.name} does not inflate: ${(error as Error).message}`);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

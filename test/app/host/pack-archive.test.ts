/** .mvtpack archives: written deterministically, read back whole, and every unsafe or damaged one refused. */
import { createHash } from "node:crypto";
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type ZipAttributes, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_FILES, MAX_UNPACKED_BYTES, type PackFiles, readPackArchive, readPackFolder, writePackArchive } from "../../../app/host/pack-archive";
import { makePack, packFiles } from "./pack-fixtures";

const bytes = (text: string) => new TextEncoder().encode(text);
const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

function filesOf(record: Record<string, string>): PackFiles {
  return new Map(Object.entries(record).map(([path, text]) => [path, bytes(text)]));
}

/** A zip with a manifest listing `files` truthfully, plus `raw` entries written as given. */
function zipWith(files: Record<string, Uint8Array>, raw: Record<string, [Uint8Array, ZipAttributes]> = {}, manifest?: object): Uint8Array {
  const listed = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, sha(data)]));
  const json = manifest ?? { format: 1, id: "shared", version: "1.0.0", files: listed };
  return zipSync({ "mvtpack.json": bytes(JSON.stringify(json)), ...files, ...raw });
}

const refused = (archive: Uint8Array) => () => readPackArchive(archive, "shared.mvtpack");

describe("writePackArchive and readPackArchive", () => {
  it("round-trips a pack's files with a manifest of their SHA-256", () => {
    const files = filesOf(packFiles("shared", "1.0.0"));
    const { manifest, files: read } = readPackArchive(writePackArchive("shared", "1.0.0", files), "shared.mvtpack");
    expect(manifest).toMatchObject({ format: 1, id: "shared", version: "1.0.0" });
    expect(manifest.files["hello/start/views.ts"]).toBe(sha(bytes("export const a = 1;\n")));
    expect([...read.keys()].sort()).toEqual([...files.keys()].sort());
    expect(new TextDecoder().decode(read.get("pack.yaml"))).toContain("id: shared");
  });

  it("gives the same bytes for the same pack, whatever order the files come in", () => {
    const files = filesOf(packFiles("shared", "1.0.0"));
    const reversed: PackFiles = new Map([...files].reverse());
    const first = writePackArchive("shared", "1.0.0", files);
    expect(Buffer.from(writePackArchive("shared", "1.0.0", reversed)).equals(Buffer.from(first))).toBe(true);
  });
});

describe("readPackFolder", () => {
  it("reads every file but dotfiles", async () => {
    const folder = await makePack("shared", "1.0.0", { ".DS_Store": "junk", "hello/start/.swp": "junk" });
    const files = await readPackFolder(folder);
    expect([...files.keys()].sort()).toEqual(Object.keys(packFiles("shared", "1.0.0")).sort());
  });

  it("refuses a symbolic link, naming it", async () => {
    const folder = await makePack("shared", "1.0.0");
    await symlink("/etc/passwd", join(folder, "hello/start/passwd"));
    await expect(readPackFolder(folder)).rejects.toThrow(`${join(folder, "hello/start/passwd")} is a symbolic link`);
  });

  it("refuses a folder over 50 MB", async () => {
    const folder = await makePack("shared", "1.0.0");
    await writeFile(join(folder, "big.bin"), "");
    await truncate(join(folder, "big.bin"), MAX_UNPACKED_BYTES + 1);
    await expect(readPackFolder(folder)).rejects.toThrow("is over 50 MB unpacked");
  });

  it("refuses a folder of over 5,000 files", async () => {
    const folder = await makePack("shared", "1.0.0");
    await mkdir(join(folder, "many"));
    await Promise.all(Array.from({ length: MAX_FILES }, (_, i) => writeFile(join(folder, "many", `${i}.txt`), "")));
    await expect(readPackFolder(folder)).rejects.toThrow("holds over 5000 files");
  });
});

describe("readPackArchive refuses", () => {
  const good = writePackArchive("shared", "1.0.0", filesOf(packFiles("shared", "1.0.0")));

  it("a file that is not a zip", () => {
    expect(refused(bytes("pack.yaml: not a zip at all"))).toThrow(/^shared\.mvtpack is not a readable \.mvtpack \(no end of central directory\): it is not a zip archive, or it was cut short/);
  });

  it("a zip cut short", () => {
    expect(refused(good.subarray(0, good.length - 10))).toThrow("shared.mvtpack is not a readable .mvtpack");
    expect(refused(good.subarray(0, 200))).toThrow("it was cut short while copying");
  });

  it("an entry with an absolute path", () => {
    expect(refused(zipWith({ "/etc/cron.d/x": bytes("x") }))).toThrow('the entry "/etc/cron.d/x" is an absolute path');
  });

  it('an entry going up with ".."', () => {
    expect(refused(zipWith({ "hello/../../escape.txt": bytes("x") }))).toThrow('the entry "hello/../../escape.txt" goes up a folder with ".."');
  });

  it("an entry with a backslash", () => {
    expect(refused(zipWith({ "hello\\..\\x.txt": bytes("x") }))).toThrow("contains a backslash");
  });

  it("a symbolic link entry", () => {
    expect(refused(zipWith({}, { "hello/start/link": [bytes("/etc/passwd"), { os: 3, attrs: 0o120777 << 16 }] }))).toThrow('the entry "hello/start/link" is a symbolic link');
  });

  it("over 50 MB unpacked, before inflating it", () => {
    expect(refused(zipWith({ "big.bin": new Uint8Array(MAX_UNPACKED_BYTES + 1) }))).toThrow("shared.mvtpack is over 50 MB unpacked");
  });

  it("over 5,000 files", () => {
    const many = Object.fromEntries(Array.from({ length: MAX_FILES + 1 }, (_, i) => [`many/${i}.txt`, new Uint8Array(0)]));
    expect(refused(zipWith(many))).toThrow("shared.mvtpack holds over 5000 files");
  });

  it("a file that does not match its checksum, naming the file", () => {
    const manifest = { format: 1, id: "shared", version: "1.0.0", files: { "pack.yaml": sha(bytes("the original")) } };
    expect(refused(zipWith({ "pack.yaml": bytes("changed") }, {}, manifest))).toThrow("shared.mvtpack: pack.yaml does not match its checksum in mvtpack.json");
  });

  it("a file the manifest does not list, and a listed file that is missing", () => {
    const listed = { format: 1, id: "shared", version: "1.0.0", files: {} };
    expect(refused(zipWith({ "extra.txt": bytes("x") }, {}, listed))).toThrow("extra.txt is not listed in mvtpack.json");
    const missing = { format: 1, id: "shared", version: "1.0.0", files: { "gone.txt": sha(bytes("x")) } };
    expect(refused(zipWith({}, {}, missing))).toThrow("gone.txt is listed in mvtpack.json but missing from the archive");
  });

  it("a zip without mvtpack.json, or with an invalid one", () => {
    expect(refused(zipSync({ "pack.yaml": bytes("id: x") }))).toThrow('shared.mvtpack has no mvtpack.json: it was not made with "mvt pack"');
    expect(refused(zipWith({}, {}, { format: 2, id: "shared", version: "1", files: {} }))).toThrow("mvtpack.json field format must be 1");
  });
});

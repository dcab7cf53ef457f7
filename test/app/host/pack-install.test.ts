/** Importing packs into <home>/packs: checked whole, swapped in atomically, versions respected, removal keeping progress. */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackFolder, writePackArchive } from "../../../app/host/pack-archive";
import { importPack, removeImportedPack } from "../../../app/host/pack-install";
import { loadAllPacks } from "../../../app/host/packs";
import { makePack, scratch } from "./pack-fixtures";

const builtInDir = resolve(__dirname, "../../../lessons");

/** Packs the folder into <scratch>/<id>-<version>.mvtpack and returns its path. */
async function archiveOf(folder: string, id: string, version: string): Promise<string> {
  const file = join(await scratch(), `${id}-${version}.mvtpack`);
  await writeFile(file, writePackArchive(id, version, await readPackFolder(folder)));
  return file;
}

async function shared(version: string, extra: Record<string, string> = {}): Promise<string> {
  return archiveOf(await makePack("shared", version, extra), "shared", version);
}

const listed = async (home: string) => (await loadAllPacks(builtInDir, join(home, "packs"))).packs.map((pack) => `${pack.id} ${pack.version} ${pack.source}`);
const leftovers = async (home: string) => (await readdir(join(home, "packs"))).filter((name) => name.startsWith("."));

describe("importPack", () => {
  it("installs an archive into <home>/packs/<id>, listed after the built-in packs as imported", async () => {
    const home = await scratch();
    expect(await importPack(await shared("1.0.0"), { home, builtInDir })).toEqual({ id: "shared", title: "A shared pack", version: "1.0.0", lessons: 1, replaced: null });
    expect(await readFile(join(home, "packs/shared/hello/start/views.ts"), "utf8")).toBe("export const a = 1;\n");
    const packs = await listed(home);
    expect(packs.at(-1)).toBe("shared 1.0.0 imported");
    expect(packs.find((pack) => pack.startsWith("django-basics "))).toMatch(/ built-in$/);
    expect(await leftovers(home)).toEqual([]);
  });

  it("installs a pack folder", async () => {
    const home = await scratch();
    expect((await importPack(await makePack("shared", "2.0.0"), { home, builtInDir })).version).toBe("2.0.0");
    expect(await listed(home)).toContain("shared 2.0.0 imported");
  });

  it("replaces the same or an older imported version, and refuses to go back from a newer one unless forced", async () => {
    const home = await scratch();
    await importPack(await shared("1.2.0"), { home, builtInDir });
    expect((await importPack(await shared("1.10.0", { "hello/lesson.md": "# v1.10\n" }), { home, builtInDir })).replaced).toBe("1.2.0");
    expect((await importPack(await shared("1.10.0"), { home, builtInDir })).replaced).toBe("1.10.0");
    await expect(importPack(await shared("1.9.0"), { home, builtInDir })).rejects.toThrow(
      'shared 1.10.0 is already imported, which is newer than this 1.9.0: nothing was changed. To go back to 1.9.0, remove the imported pack first, or run "mvt import --force".',
    );
    expect(await listed(home)).toContain("shared 1.10.0 imported");
    expect((await importPack(await shared("1.9.0"), { home, builtInDir, force: true })).replaced).toBe("1.10.0");
    expect(await listed(home)).toContain("shared 1.9.0 imported");
    expect(await leftovers(home)).toEqual([]);
  });

  it("refuses a built-in pack's id", async () => {
    const home = await scratch();
    const folder = await makePack("django-basics", "9.0.0");
    await expect(importPack(folder, { home, builtInDir })).rejects.toThrow('"django-basics" is the id of a built-in pack, which an import cannot replace');
  });

  it("refuses an invalid pack.yaml or lesson.yaml with the schema's file and field, keeping the installed pack", async () => {
    const home = await scratch();
    await importPack(await shared("1.0.0"), { home, builtInDir });
    const badPack = await shared("2.0.0", { "pack.yaml": 'id: shared\nversion: "2.0.0"\nlessons: [hello]\n' });
    await expect(importPack(badPack, { home, builtInDir })).rejects.toThrow(/is not a valid lesson pack, so nothing was imported:\n {2}shared\/pack\.yaml \[title\]: is missing: add it, e.g. title: /);
    const badLesson = await shared("2.0.0", { "hello/lesson.yaml": "title: Say hello\nurl: books\n" });
    await expect(importPack(badLesson, { home, builtInDir })).rejects.toThrow('shared/hello/lesson.yaml [url]: must start with "/"');
    expect(await listed(home)).toContain("shared 1.0.0 imported");
    expect(await readFile(join(home, "packs/shared/hello/lesson.yaml"), "utf8")).toContain("url: /\n");
    expect(await leftovers(home)).toEqual([]);
  });

  it("refuses an archive whose manifest disagrees with pack.yaml", async () => {
    const home = await scratch();
    const file = await archiveOf(await makePack("shared", "1.0.0"), "shared", "2.0.0");
    await expect(importPack(file, { home, builtInDir })).rejects.toThrow("mvtpack.json says shared 2.0.0 but pack.yaml says shared 1.0.0");
  });

  it("refuses a path that does not exist", async () => {
    await expect(importPack("/no/such.mvtpack", { home: await scratch(), builtInDir })).rejects.toThrow("/no/such.mvtpack does not exist: give the path of a .mvtpack file or of a pack folder");
  });
});

describe("removeImportedPack", () => {
  it("removes the imported pack's folder only", async () => {
    const home = await scratch();
    await importPack(await shared("1.0.0"), { home, builtInDir });
    await writeFile(join(home, "progress.json"), "{}");
    await removeImportedPack(home, "shared");
    expect(await readdir(join(home, "packs"))).toEqual([]);
    expect(await readFile(join(home, "progress.json"), "utf8")).toBe("{}");
  });

  it("refuses a built-in or unknown pack", async () => {
    const home = await scratch();
    await expect(removeImportedPack(home, "django-basics")).rejects.toThrow('There is no imported pack "django-basics": only imported packs can be removed');
  });
});

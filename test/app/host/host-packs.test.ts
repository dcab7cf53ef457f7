/** The host lists imported packs beside the built-in ones, opens their lessons, and removes them keeping progress. */
import { readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createHost } from "../../../app/host/host";
import { readPackFolder, writePackArchive } from "../../../app/host/pack-archive";
import { makePack, scratch } from "./pack-fixtures";

async function host() {
  const home = await scratch();
  const api = createHost({ packsDir: resolve(__dirname, "../../../lessons"), templatesDir: resolve(__dirname, "../../../app/project-templates"), home, mode: "web", version: "0.0.0-test" });
  return { home, api };
}

async function archive(version: string): Promise<string> {
  const file = join(await scratch(), `shared-${version}.mvtpack`);
  await writeFile(file, writePackArchive("shared", version, await readPackFolder(await makePack("shared", version))));
  return file;
}

describe("the host's imported packs", () => {
  it("lists an imported pack after the built-in ones, marked imported, and opens its lessons", async () => {
    const { api } = await host();
    expect(await api.importPack(await archive("1.0.0"))).toMatchObject({ id: "shared", version: "1.0.0", replaced: null });
    const { packs, errors } = await api.listPacks();
    expect(errors).toEqual([]);
    expect(packs.at(-1)).toMatchObject({ id: "shared", source: "imported", lessons: [{ id: "hello", title: "Say hello", completed: false }] });
    expect(packs.find((pack) => pack.id === "django-basics")?.source).toBe("built-in");
    const lesson = await api.openLesson("shared", "hello");
    expect(lesson.files["views.ts"]).toBe("export const a = 1;\n");
  });

  it("removes an imported pack; its progress and working copy come back with it", async () => {
    const { home, api } = await host();
    await api.importPack(await archive("1.0.0"));
    await api.openLesson("shared", "hello");
    await api.writeLessonFile("shared", "hello", "views.ts", "export const a = 2;\n");
    await api.recordChecks("shared", "hello", [{ name: "test_a", title: "a", passed: true }]);
    await api.removePack("shared");
    expect((await api.listPacks()).packs.map((pack) => pack.id)).not.toContain("shared");
    await expect(api.openLesson("shared", "hello")).rejects.toThrow('There is no lesson pack "shared"');
    expect(await readdir(join(home, "lessons/shared/hello/files"))).toEqual(["views.ts"]);

    await api.importPack(await archive("1.0.0"));
    const again = await api.openLesson("shared", "hello");
    expect(again.completed).toBe(true);
    expect(again.files["views.ts"]).toBe("export const a = 2;\n");
  });

  it("refuses to remove a built-in pack", async () => {
    const { api } = await host();
    await expect(api.removePack("django-basics")).rejects.toThrow('There is no imported pack "django-basics"');
  });
});

/** `mvt pack` and `mvt import` as an instructor and a learner use them: verify, pack, share, import. */
import { cp, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importCommand, packCommand } from "../../../app/cli/pack";
import { UsageError } from "../../../app/cli/verify";
import type { CheckRunner } from "../../../app/host/verify";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import { scratch } from "../host/pack-fixtures";

const builtInDir = resolve(__dirname, "../../../lessons");

/** A pack "n1-shared" holding only the built-in N+1 lesson. */
async function nPlusOnePack(version = "1.0.0"): Promise<string> {
  const folder = join(await scratch(), "n1-shared");
  await mkdir(folder);
  await cp(join(builtInDir, "django-basics/n-plus-one"), join(folder, "n-plus-one"), { recursive: true });
  await writeFile(join(folder, "pack.yaml"), `id: n1-shared\ntitle: N+1, shared\nversion: "${version}"\nlessons:\n  - n-plus-one\n`);
  return folder;
}

/** The N+1 lesson's checks, passed as `passed` says for the files. */
const runner = (passed: (files: Record<string, string>) => boolean): CheckRunner => ({
  async check(files) {
    return {
      results: [
        { name: "test_the_list_shows_every_book_with_its_author", title: "listed", passed: true },
        { name: "test_the_list_page_costs_one_query", title: "one query", passed: passed(files) },
      ],
      diagnostics: [],
    };
  },
});
/** Passes every check only with the N+1 lesson's solution (its list view adds select_related). */
const solvedOnly = runner((files) => (files["books/views.ts"] ?? "").includes('Book.objects.select_related("author");'));
/** Fails a check even with the solution. */
const failsAll = runner(() => false);

function output() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, line: (text: string) => void lines.push(text), err: (text: string) => void errors.push(text) };
}

describe("mvt pack", () => {
  it("verifies the pack with the real runtime, then writes <id>-<version>.mvtpack, the same bytes every time", async () => {
    const folder = await nPlusOnePack();
    const out = join(await scratch(), "n1-shared-1.0.0.mvtpack");
    const printed = output();
    expect(await packCommand(folder, out, createNodeSandbox, printed.line)).toBe(0);
    expect(printed.lines).toContainEqual(expect.stringMatching(/^ {2}ok {6}n-plus-one: start fails/));
    expect(printed.lines).toContain(`Share that file; a learner imports it with "Import pack…" on MVT Lab's Home, or "mvt import ${out}".`);
    const first = await readFile(out);
    expect(await packCommand(folder, out, async () => solvedOnly, output().line)).toBe(0);
    expect((await readFile(out)).equals(first)).toBe(true);
  }, 60_000);

  it("refuses an invalid pack, printing why, and writes nothing", async () => {
    const out = join(await scratch(), "never.mvtpack");
    const printed = output();
    expect(await packCommand(await nPlusOnePack(), out, async () => failsAll, printed.line)).toBe(1);
    expect(printed.lines).toContainEqual(expect.stringContaining("INVALID n-plus-one: start+solution fails 1 of 2 checks: test_the_list_page_costs_one_query"));
    expect(printed.lines.at(-1)).toMatch(/^Nothing was packed: fix what is listed above/);
    await expect(stat(out)).rejects.toThrow("ENOENT");
  });

  it("refuses a folder without pack.yaml as a usage error", async () => {
    await expect(packCommand(await scratch(), undefined, async () => solvedOnly, output().line)).rejects.toThrow(UsageError);
  });
});

describe("mvt import", () => {
  it("installs a packed file into <home>/packs/<id> and says so", async () => {
    const file = join(await scratch(), "n1.mvtpack");
    await packCommand(await nPlusOnePack(), file, async () => solvedOnly, output().line);
    const home = await scratch();
    const printed = output();
    expect(await importCommand(file, { home, builtInDir }, printed.line, printed.err)).toBe(0);
    expect(printed.lines).toEqual([`Imported n1-shared 1.0.0: N+1, shared (1 lesson) into ${join(home, "packs/n1-shared")}`]);
    expect(await readFile(join(home, "packs/n1-shared/n-plus-one/lesson.yaml"), "utf8")).toContain("title:");
  });

  it("refuses bad input with exit code 1 and a message saying what, where and what to do", async () => {
    const bad = join(await scratch(), "bad.mvtpack");
    await writeFile(bad, "not a zip");
    const printed = output();
    expect(await importCommand(bad, { home: await scratch(), builtInDir }, printed.line, printed.err)).toBe(1);
    expect(printed.errors).toEqual([
      `mvt import: ${bad} is not a readable .mvtpack (no end of central directory): it is not a zip archive, or it was cut short while copying; get the file again, or make it with "mvt pack".`,
    ]);
  });
});

import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCommand } from "../../../app/cli/verify";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { CheckRunner } from "../../../app/host/verify";

const builtIn = resolve(__dirname, "../../../lessons");
/** A folder of packs holding one pack with only the built-in N+1 lesson, for the fake runner below. */
let onlyNPlusOne: string;

beforeAll(() => {
  onlyNPlusOne = mkdtempSync(join(tmpdir(), "mvt-verify-"));
  const pack = join(onlyNPlusOne, "n-plus-one-only");
  cpSync(resolve(builtIn, "django-basics/n-plus-one"), join(pack, "n-plus-one"), { recursive: true });
  writeFileSync(join(pack, "pack.yaml"), "id: n-plus-one-only\ntitle: N+1 only\nversion: 1.0.0\ndescription: One lesson.\nlessons:\n  - n-plus-one\n");
});

/** Passes every check only with the N+1 lesson's solution (its list view adds select_related). */
const runner: CheckRunner = {
  async check(files) {
    const passed = (files["books/views.ts"] ?? "").includes('Book.objects.select_related("author");');
    return {
      results: [
        { name: "test_the_list_shows_every_book_with_its_author", title: "listed", passed: true },
        { name: "test_the_list_page_costs_one_query", title: "one query", passed },
      ],
      diagnostics: [],
    };
  },
};

async function run(folders: string[]): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  const ok = await verifyCommand(folders, async () => runner, (line) => lines.push(line));
  return { ok, lines };
}

describe("mvt verify", () => {
  it("prints a line per lesson and a summary for a pack folder", async () => {
    const { ok, lines } = await run([join(onlyNPlusOne, "n-plus-one-only")]);
    expect(ok).toBe(true);
    expect(lines).toContain("  ok      n-plus-one: start fails 1 of 2 checks, solution passes 2 of 2");
    expect(lines.at(-1)).toBe("1 of 1 lesson(s) valid in 1 pack(s).");
  });

  it("verifies the built-in packs with the real runtime", async () => {
    const lines: string[] = [];
    const ok = await verifyCommand([builtIn], () => createNodeSandbox(), (line) => lines.push(line));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}ok {6}n-plus-one: start fails \d+ of \d+ checks, solution passes/));
    expect(lines.at(-1)).toMatch(/^(\d+) of \1 lesson\(s\) valid in \d+ pack\(s\)\.$/);
    expect(ok).toBe(true);
  });

  it("accepts a folder of packs", async () => {
    expect((await run([onlyNPlusOne])).ok).toBe(true);
  });

  it("refuses a missing folder with a usage error", async () => {
    await expect(run(["/no/such/pack"])).rejects.toThrow("/no/such/pack is not a folder");
  });
});

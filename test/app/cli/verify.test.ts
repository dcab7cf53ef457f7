import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyCommand } from "../../../app/cli/verify";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { CheckRunner } from "../../../app/host/verify";

const builtIn = resolve(__dirname, "../../../lessons");
/** Passes every check only with the built-in lesson's solution (its list view adds select_related). */
const runner: CheckRunner = {
  async check(files) {
    const passed = (files["books/views.ts"] ?? "").includes('Book.objects.select_related("author");');
    return { results: [{ name: "test_queries", title: "queries", passed }], diagnostics: [] };
  },
};

async function run(folders: string[]): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  const ok = await verifyCommand(folders, async () => runner, (line) => lines.push(line));
  return { ok, lines };
}

describe("mvt verify", () => {
  it("prints a line per lesson and a summary for a pack folder", async () => {
    const { ok, lines } = await run([resolve(builtIn, "django-basics")]);
    expect(ok).toBe(true);
    expect(lines).toContain("  ok      n-plus-one: start fails 1 of 1 checks, solution passes 1 of 1");
    expect(lines.at(-1)).toBe("1 of 1 lesson(s) valid in 1 pack(s).");
  });

  it("verifies the built-in pack with the real runtime", async () => {
    const lines: string[] = [];
    const ok = await verifyCommand([builtIn], () => createNodeSandbox(), (line) => lines.push(line));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}ok {6}n-plus-one: start fails \d+ of \d+ checks, solution passes/));
    expect(ok).toBe(true);
  });

  it("accepts a folder of packs", async () => {
    expect((await run([builtIn])).ok).toBe(true);
  });

  it("refuses a missing folder with a usage error", async () => {
    await expect(run(["/no/such/pack"])).rejects.toThrow("/no/such/pack is not a folder");
  });
});

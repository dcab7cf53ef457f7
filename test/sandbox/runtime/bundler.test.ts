import * as esbuild from "esbuild-wasm";
import { describe, expect, it } from "vitest";
import { bundleProject, entrySource } from "../../../sandbox/runtime/bundler";
import { evaluateBundle } from "../../../sandbox/runtime/evaluate";

const project = {
  "settings.ts": "export const INSTALLED_APPS = ['books'];\n",
  "books/models.ts": "export const answer: number = 42;\n",
  "books/views.ts": [
    'import { answer } from "./models";',
    "",
    "export function boom(): never {",
    "  throw new Error(`no ${answer}`);",
    "}",
    "",
  ].join("\n"),
};

describe("bundleProject", () => {
  it("exports every module by its dotted name, settings first", () => {
    const entry = entrySource(project);
    expect(entry.indexOf('"settings"')).toBeLessThan(entry.indexOf('"books.models"'));
    expect(entry).toContain('"books.views": m2');
  });

  it("bundles with mvt external and maps a throw back to the learner's line", async () => {
    const result = await bundleProject(esbuild, project);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const { modules, stack } = evaluateBundle(result.bundle, () => undefined);
    expect(modules["books.models"]?.answer).toBe(42);
    const boom = modules["books.views"]?.boom as () => never;
    let thrown: unknown;
    try {
      boom();
    } catch (error) {
      thrown = error;
    }
    expect(stack.origin((thrown as Error).stack)).toEqual({ file: "books/views.ts", line: 4, column: 9 });
  });

  it("reports a syntax error with the file and line", async () => {
    const broken = "export const a = 1;\nexport const b = ;\nexport const c = 3;\n";
    const result = await bundleProject(esbuild, { ...project, "books/views.ts": broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([{ file: "books/views.ts", line: 2, column: 18, message: 'Unexpected ";"' }]);
  });

  it("refuses packages other than mvt, naming the import's place", async () => {
    const result = await bundleProject(esbuild, { ...project, "books/views.ts": 'import fs from "fs";\nexport const x = fs;\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]?.message).toContain('Cannot import "fs"');
    expect(result.diagnostics[0]).toMatchObject({ file: "books/views.ts", line: 1 });
  });

  it("reports a missing relative import", async () => {
    const result = await bundleProject(esbuild, { ...project, "books/views.ts": 'import { x } from "./nope";\nexport const y = x;\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]?.message).toContain('Cannot find "./nope"');
  });

  it("routes console output with the learner's file:line", async () => {
    const result = await bundleProject(esbuild, { "settings.ts": 'console.log("hello", 1 + 1);\n' });
    if (!result.ok) throw new Error("bundle failed");
    const lines: unknown[] = [];
    evaluateBundle(result.bundle, (level, text, origin) => lines.push({ level, text, origin }));
    expect(lines).toEqual([{ level: "log", text: "hello 2", origin: { file: "settings.ts", line: 1, column: 9 } }]);
  });
});

/**
 * Each project load has its own caches: a reload after an edit starts with an empty
 * default LocMemCache, as Django's dev server restarts with one, while a check run
 * (a load of its own) leaves the preview's cache as it was.
 */
import { describe, expect, it } from "vitest";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { Sandbox } from "../../../sandbox/runtime/sandbox";

/** A project without CACHES whose view caches its greeting. */
function project(greeting: string): ProjectFiles {
  return {
    "settings.ts": 'export const DEBUG = true;\nexport const INSTALLED_APPS = [];\nexport const ROOT_URLCONF = "urls";\n',
    "urls.ts": [
      'import { cache, HttpResponse, path } from "mvt";',
      `export const urlpatterns = [path("", () => new HttpResponse(String(cache.get_or_set("greeting", ${JSON.stringify(greeting)}))))];`,
    ].join("\n"),
  };
}

const CHECKS = [
  'import { cache, TestCase } from "mvt";',
  "export default class CacheChecks extends TestCase {",
  "  test_the_checks_have_their_own_cache() {",
  '    this.assertEqual(cache.get("greeting"), undefined);',
  '    cache.set("greeting", "from the checks");',
  "  }",
  "}",
].join("\n");

async function page(sandbox: Sandbox): Promise<string> {
  return (await sandbox.request({ method: "GET", path: "/" })).response.body;
}

describe("caches across loads", () => {
  it("starts a reloaded project with an empty default cache", async () => {
    const sandbox = await createNodeSandbox();
    await sandbox.load(project("Hello"));
    expect(await page(sandbox)).toBe("Hello");
    await sandbox.load(project("Bonjour"));
    expect(await page(sandbox)).toBe("Bonjour");
  });

  it("keeps the preview's cache through a check run, which has a cache of its own", async () => {
    const sandbox = await createNodeSandbox();
    await sandbox.load(project("Hello"));
    expect(await page(sandbox)).toBe("Hello");
    const run = await sandbox.check(project("Hello"), CHECKS);
    expect(run.results.map((r) => r.passed)).toEqual([true]);
    expect(await page(sandbox)).toBe("Hello");
  });
});

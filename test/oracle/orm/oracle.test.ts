/**
 * The ORM oracle: every scenario runs in real Django (harness.py, one Python process for
 * all) and in `mvt`; per scenario the query count, the result and the exception must match.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE } from "./fixture";
import { SCENARIOS } from "./scenarios";
import { createWorld, type Outcome } from "./world";

const PYTHON = "/usr/bin/python3";
const HARNESS = fileURLToPath(new URL("./harness.py", import.meta.url));

function djangoAvailable(): boolean {
  return spawnSync(PYTHON, ["-c", "import django"], { stdio: "ignore" }).status === 0;
}

const available = djangoAvailable();
if (!available) {
  console.warn(`\n*** ORM oracle SKIPPED: ${PYTHON} cannot import django. Install Debian's python3-django ` +
    "(apt-get install python3-django) to compare mvt with real Django. ***\n");
}

describe.skipIf(!available)("ORM oracle: mvt behaves as Django 3.2", () => {
  const django = new Map<string, Outcome>();
  let run: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    const input = JSON.stringify({ fixture: FIXTURE, scenarios: SCENARIOS.map(({ name, python }) => ({ name, python })) });
    const child = spawnSync(PYTHON, [HARNESS], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`harness.py failed:\n${child.stderr}`);
    for (const entry of JSON.parse(child.stdout) as Array<Outcome & { name: string }>) django.set(entry.name, entry);
    run = await createWorld();
  });

  it("has uniquely named scenarios", () => {
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, () => {
      const expected = django.get(scenario.name);
      expect({ ...run(scenario), name: scenario.name }).toEqual(expected);
    });
  }
});

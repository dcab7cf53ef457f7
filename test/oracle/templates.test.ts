/**
 * Django as the oracle: the same templates and contexts rendered by real Django
 * (Debian's python3-django via /usr/bin/python3) and by mvt must match byte for byte.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Engine } from "../../sandbox/framework/template";
import { CASES } from "./template_cases";

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./render_templates.py", import.meta.url));

function djangoAvailable(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import django"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = djangoAvailable();
if (!available) console.warn(`SKIPPED: the Django template oracle needs ${PYTHON} with Django (apt install python3-django).`);

describe.skipIf(!available)("templates match real Django", () => {
  const django = available
    ? (JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(CASES), encoding: "utf8" })) as { output?: string; error?: string }[])
    : [];
  const engine = new Engine();

  it.each(CASES.map((c, i) => [c.source, i] as const))("%s", (source, i) => {
    const expected = django[i];
    const context = CASES[i]?.context ?? {};
    if (expected?.error !== undefined) {
      expect(() => engine.from_string(source).render(context)).toThrow();
    } else {
      expect(engine.from_string(source).render(context)).toBe(expected?.output);
    }
  });
});

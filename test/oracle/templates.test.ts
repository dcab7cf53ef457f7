/**
 * Django as the oracle: the same templates and contexts rendered by real Django
 * (Debian's python3-django via /usr/bin/python3) and by mvt must match byte for byte;
 * error cases must raise the same exception class with the same message.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Engine } from "../../sandbox/framework/template";
import cache from "../../sandbox/framework/template/templatetags/cache";
import staticLibrary from "../../sandbox/framework/template/templatetags/static";
import { djangoAvailable, PYTHON } from "./django";
import { CASES, decode, TEMPLATES } from "./template_cases";

const SCRIPT = fileURLToPath(new URL("./render_templates.py", import.meta.url));
const available = djangoAvailable();

/** Django's message, without the "(in template 'x', line n)" that mvt adds for people. */
const djangoMessage = (message: string) => message.replace(/ \(in template '[^']*', line \d+\)$/, "");

describe.skipIf(!available)("templates match real Django", () => {
  const django = available
    ? (JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify({ templates: TEMPLATES, cases: CASES }), encoding: "utf8" })) as { output?: string; error?: string; message?: string }[])
    : [];
  const engine = new Engine({ templates: TEMPLATES, libraries: { cache, static: staticLibrary } });

  it("renders at least 300 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(300));

  const check = (source: string, i: number) => {
    const expected = django[i];
    const context = decode(CASES[i]?.context ?? {}) as Record<string, unknown>;
    if (expected?.error !== undefined) {
      let error: unknown;
      try {
        engine.from_string(source).render(context);
      } catch (caught) {
        error = caught;
      }
      expect(error, `Django raised ${expected.error}: ${expected.message}`).toBeInstanceOf(Error);
      const { name, message } = error as Error;
      expect(`${name}: ${djangoMessage(message)}`).toBe(`${expected.error}: ${expected.message}`);
    } else {
      expect(engine.from_string(source).render(context)).toBe(expected?.output);
    }
  };
  it.each(CASES.map((c, i) => [c.source, i] as const))("%s", check);
});

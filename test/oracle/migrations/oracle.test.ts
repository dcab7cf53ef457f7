/**
 * The migrations oracle: the same model states walked through in real Django
 * (harness.py, one Python process) and in `mvt`; per step the migrations makemigrations
 * writes (names and operations), sqlmigrate's SQL, showmigrations and the schema after
 * migrate must match, and so must the schema after migrating back to each earlier step.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { call_command } from "../../../sandbox/framework";
import type { Project } from "../../../sandbox/framework";
import { project_with, SQLDatabase } from "../../sandbox/framework/core/management/harness";
import { djangoAvailable, PYTHON } from "../django";
import { STEPS } from "./steps";

const HARNESS = fileURLToPath(new URL("./harness.py", import.meta.url));
/** The clock of "auto_<timestamp>" names on both sides (harness.py fixes Django's to the same minute). */
const NOW = new Date(2024, 0, 5, 10, 30);

interface StepOutcome {
  name: string;
  migrations: Array<{ name: string; operations: string[][] }>;
  sqlmigrate: string[];
  schema: unknown[][];
  showmigrations: string;
}
interface Outcome {
  steps: StepOutcome[];
  backwards: Array<{ target: string; schema: unknown[][] }>;
}

function schema(project: Project): unknown[][] {
  return project.connection.execute(
    "SELECT type, name, tbl_name, sql FROM sqlite_master " +
    "WHERE name NOT LIKE 'sqlite_%' AND tbl_name != 'django_migrations' ORDER BY name").rows;
}

/** The mvt side: every step through makemigrations, sqlmigrate, migrate, showmigrations; then back. */
function walk(): Outcome {
  const database = new SQLDatabase();
  const files: Record<string, string> = {};
  const names: string[] = [];
  const steps = STEPS.map((step): StepOutcome => {
    const made = call_command(project_with(step.mvt(), files, database), "makemigrations", [], { answers: step.answers ?? {}, now: NOW });
    if (made.questions?.length) throw new Error(`unanswered: ${made.questions.map((q) => q.id).join(", ")}`);
    const migrations = (made.files ?? []).map((file) => {
      files[file.path] = file.content;
      const name = file.path.replace(/^.*\//, "").replace(/\.ts$/, "");
      names.push(name);
      return { name, operations: [...file.content.matchAll(/^ {4}migrations\.(\w+)\(/gm)].map((m) => m[1] ?? "") };
    });
    const project = project_with(step.mvt(), files, database);
    const descriptions = made.output.split("\n").filter((line) => line.startsWith("    - ")).map((line) => line.slice(6));
    let d = 0;
    const sqlmigrate = migrations.map((m) => call_command(project, "sqlmigrate", ["books", m.name]).output);
    call_command(project, "migrate");
    return {
      name: step.name,
      migrations: migrations.map((m) => ({ name: m.name, operations: m.operations.map((op) => [op, descriptions[d++] ?? ""]) })),
      sqlmigrate,
      schema: schema(project),
      showmigrations: call_command(project, "showmigrations").output,
    };
  });
  const last = STEPS[STEPS.length - 1]!;
  const backwards = ["zero", ...names.slice(0, -1)].reverse().map((target) => {
    const project = project_with(last.mvt(), files, database);
    call_command(project, "migrate", target === "zero" ? ["books", "zero"] : ["books", target]);
    return { target, schema: schema(project) };
  });
  return { steps, backwards };
}

const available = djangoAvailable();

describe.skipIf(!available)("migrations oracle: mvt migrates as Django 3.2", () => {
  let django: Outcome;
  let mine: Outcome;

  beforeAll(() => {
    const input = JSON.stringify({ steps: STEPS.map((s) => ({ name: s.name, models: s.python, answers: s.answers ?? {} })) });
    const child = spawnSync(PYTHON, [HARNESS], { input, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`harness.py failed:\n${child.stderr}`);
    django = JSON.parse(child.stdout) as Outcome;
    mine = walk();
  }, 120_000);

  STEPS.forEach((step, index) => {
    it(`${step.name}: makemigrations, sqlmigrate, schema, showmigrations`, () => {
      expect(mine.steps[index]).toEqual(django.steps[index]);
    });
  });

  it("migrates back to each earlier step with the same schema", () => {
    expect(mine.backwards).toEqual(django.backwards);
  });
});

/**
 * Verifying a lesson pack: for each lesson, the start files must fail at least one check
 * and the start files with the solution overlaid must pass them all; every step must
 * name checks that checks.ts defines.
 */
import type { CheckResult, Diagnostic, ProjectFiles } from "../../sandbox/protocol";
import type { Lesson, Pack } from "./packs";

/** What verification needs from the sandbox runtime. */
export interface CheckRunner {
  check(files: ProjectFiles, checks: string): Promise<{ results: CheckResult[]; diagnostics: Diagnostic[] }>;
}

export interface LessonVerdict {
  lessonId: string;
  valid: boolean;
  /** One line for people: what passed, or what is wrong and what to do. */
  summary: string;
}

/** Verifies every lesson of `pack`, one at a time, in order. */
export async function verifyPack(pack: Pack, runner: CheckRunner): Promise<LessonVerdict[]> {
  const verdicts: LessonVerdict[] = [];
  for (const lesson of pack.lessons) verdicts.push(await verifyLesson(lesson, runner));
  return verdicts;
}

async function verifyLesson(lesson: Lesson, runner: CheckRunner): Promise<LessonVerdict> {
  const invalid = (summary: string) => ({ lessonId: lesson.id, valid: false, summary });
  const solved = await runner.check({ ...lesson.start, ...lesson.solution }, lesson.checks);
  const [diagnostic] = solved.diagnostics;
  if (diagnostic) return invalid(`start+solution does not build: ${formatDiagnostic(diagnostic)}; fix the solution/ files or checks.ts.`);
  if (solved.results.length === 0) return invalid("checks.ts defines no checks: add test_ methods to its TestCase.");
  const names = new Set(solved.results.map((result) => result.name));
  const unknown = lesson.steps.flatMap((step, i) => step.checks.filter((name) => !names.has(name)).map((name) => `steps[${i}] names "${name}"`));
  if (unknown.length > 0) {
    return invalid(`${unknown.join("; ")}, which checks.ts does not define (it has ${[...names].join(", ")}); fix lesson.yaml.`);
  }
  const failed = solved.results.filter((result) => !result.passed);
  if (failed.length > 0) {
    const shown = failed.map((result) => `${result.name}${result.message ? ` (${result.message})` : ""}`).join("; ");
    return invalid(`start+solution fails ${failed.length} of ${solved.results.length} checks: ${shown}; fix solution/ or the checks.`);
  }
  const started = await runner.check(lesson.start, lesson.checks);
  const total = solved.results.length;
  const [startDiagnostic] = started.diagnostics;
  if (startDiagnostic && started.results.length === 0) {
    return { lessonId: lesson.id, valid: true, summary: `start does not build (${formatDiagnostic(startDiagnostic)}), solution passes ${total} of ${total} checks` };
  }
  const startFailed = started.results.filter((result) => !result.passed).length;
  if (startFailed === 0) {
    return invalid(`start already passes all ${started.results.length} checks: the learner has nothing to do; make start/ miss what the checks test.`);
  }
  return { lessonId: lesson.id, valid: true, summary: `start fails ${startFailed} of ${started.results.length} checks, solution passes ${total} of ${total}` };
}

function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`;
}

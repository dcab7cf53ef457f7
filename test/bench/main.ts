/**
 * `npm run bench`: every benchmark measured side by side in one run, printed as a table
 * and written as JSON (test-results/bench.json). Figures are measured, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadPack } from "../../app/host/packs";
import { createNodeSandbox } from "../../sandbox/runtime/node";
import { benchWorkerInChromium } from "./chromium";
import { measureEdits, type EditTimings } from "./edits";
import { benchIde, type IdeBench } from "./ide";
import { benchOrm, type RatioRow } from "./orm";
import { benchStack, type StackReport } from "./stack";
import { benchTemplates } from "./templates";

interface Report {
  editPreview: Record<string, EditTimings | { error: string }>;
  orm: RatioRow[];
  templates: Awaited<ReturnType<typeof benchTemplates>> | { error: string };
  stack: StackReport | { error: string };
  /** PBKDF2 at Django's default iterations in a Web Worker in Chromium, ms. */
  workerPbkdf2Ms?: number;
  ide: IdeBench | { error: string };
}

async function main(): Promise<void> {
  const { packs } = await loadPack("lessons/django-basics");
  const lesson = packs[0]?.lessons.find((l) => l.id === "n-plus-one");
  if (!lesson) throw new Error("the n-plus-one lesson is missing");
  const files = lesson.start;

  const sandbox = await createNodeSandbox();
  const node = await measureEdits(
    {
      async load(project) {
        const result = await sandbox.load(project);
        if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
      },
      async request(path) {
        return (await sandbox.request({ method: "GET", path })).response.status;
      },
    },
    files,
    lesson.url,
  );
  let chromium: EditTimings | { error: string };
  let workerPbkdf2Ms: number | undefined;
  try {
    const inChromium = await benchWorkerInChromium(files, lesson.url);
    chromium = inChromium.edits;
    workerPbkdf2Ms = Math.round(inChromium.pbkdf2Ms);
  } catch (error) {
    chromium = { error: String(error) };
  }
  let templates: Report["templates"];
  try {
    templates = await benchTemplates();
  } catch (error) {
    templates = { error: String(error) };
  }
  let ide: Report["ide"];
  try {
    ide = await benchIde();
  } catch (error) {
    ide = { error: String(error) };
  }
  let stack: Report["stack"];
  try {
    stack = await benchStack();
  } catch (error) {
    stack = { error: String(error) };
  }
  const report: Report = { editPreview: { node, "chromium worker": chromium }, orm: await benchOrm(), templates, ide, stack, workerPbkdf2Ms };
  print(report);
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/bench.json", `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nwritten to test-results/bench.json");
}

function print(report: Report): void {
  console.log("edit -> preview (warm, 50 edits)        p50 ms    p95 ms");
  for (const [where, timing] of Object.entries(report.editPreview)) {
    if ("error" in timing) console.log(`  ${where.padEnd(36)} not measured: ${timing.error}`);
    else console.log(`  ${where.padEnd(36)} ${timing.p50.toFixed(1).padStart(7)}   ${timing.p95.toFixed(1).padStart(7)}`);
  }
  console.log("\nORM vs raw sql.js (median CPU ms, paired) mvt ms    raw ms    ratio");
  for (const row of report.orm) {
    console.log(`  ${row.name.padEnd(36)} ${row.mvtMs.toFixed(1).padStart(7)}   ${row.rawMs.toFixed(1).padStart(7)}   ${row.ratio.toFixed(2).padStart(6)}`);
  }
  console.log("\ntemplates vs Django (median)             mvt ms  django ms  x faster");
  if ("error" in report.templates) console.log(`  not measured: ${report.templates.error}`);
  else {
    for (const row of report.templates) {
      console.log(`  ${row.name.padEnd(36)} ${row.mvtMs.toFixed(1).padStart(7)}   ${row.djangoMs.toFixed(1).padStart(7)}   ${row.ratio.toFixed(2).padStart(6)}`);
    }
  }
  printStack(report.stack, report.workerPbkdf2Ms);
  printIde(report.ide);
}

function printIde(ide: Report["ide"]): void {
  console.log("\nIDE in web mode (Chromium)");
  if ("error" in ide) return console.log(`  not measured: ${ide.error}`);
  const { coldStart: cold, keystroke } = ide;
  console.log(`  cold start to lesson counter               ${cold.totalMs.toFixed(0)} ms (server ${cold.serverMs.toFixed(0)}, page ${cold.pageMs.toFixed(0)}, lesson ${cold.counterMs.toFixed(0)})`);
  console.log(`  keystroke -> preview (${keystroke.edits} edits)            p50 ${keystroke.p50.toFixed(0)} ms, p95 ${keystroke.p95.toFixed(0)} ms (incl. the editor's settle delay)`);
  for (const { reloads, heap } of ide.memory) {
    console.log(`  heap after ${String(reloads).padStart(3)} reloads                   page ${heap.pageMb.toFixed(1)} MB, worker ${heap.workerMb.toFixed(1)} MB JS + ${heap.workerBuffersMb.toFixed(1)} MB buffers`);
  }
}

function printStack(stack: Report["stack"], workerPbkdf2Ms: number | undefined): void {
  console.log("\nmiddleware stack and passwords (Node)");
  if ("error" in stack) return console.log(`  not measured: ${stack.error}`);
  console.log(`  full default stack, logged in            ${stack.fullStackRps.toFixed(0)} requests/s`);
  console.log(`  bare view, no middleware                 ${stack.bareRps.toFixed(0)} requests/s (${stack.overhead}x the full stack)`);
  console.log(`  PBKDF2-SHA256, 260000 iterations         ${stack.pbkdf2Ms} ms per make_password in Node`);
  if (workerPbkdf2Ms !== undefined) console.log(`                                           ${workerPbkdf2Ms} ms in a Web Worker in Chromium`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

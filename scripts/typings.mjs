/**
 * Generates the `mvt` typings the editor loads, from the framework's own source: the
 * installed `tsc` emits declarations for sandbox/framework/index.ts, and they are
 * collected into renderer/src/generated/mvt-typings.json as {path: content}, paths
 * relative to sandbox/ ("framework/index.d.ts", "protocol.d.ts").
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sandbox = join(root, "sandbox");
const entry = join(sandbox, "framework", "index.ts");
const output = join(root, "renderer", "src", "generated", "mvt-typings.json");

const work = mkdtempSync(join(tmpdir(), "mvt-typings-"));
try {
  const outDir = join(work, "out");
  const tsconfig = join(work, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2023", "WebWorker"],
        types: [],
        skipLibCheck: true,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: sandbox,
        outDir,
      },
      files: [entry],
    }),
  );
  const tsc = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsc.cmd" : "tsc");
  const run = spawnSync(tsc, ["-p", tsconfig], { encoding: "utf8", shell: process.platform === "win32" });
  if (run.error) throw new Error(`typings: cannot run ${tsc}: ${run.error.message}`);
  const typings = collect(outDir);
  if (!typings["framework/index.d.ts"]) {
    throw new Error(`typings: tsc emitted no declarations for ${relative(root, entry)}:\n${run.stdout}${run.stderr}`);
  }
  // Type errors in the framework are the framework's typecheck to report; the
  // declarations are still emitted, so say so and carry on.
  if (run.status !== 0) console.warn(`typings: tsc reported errors (declarations emitted anyway):\n${run.stdout}`);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(typings, null, 1)}\n`);
  console.log(`typings: ${Object.keys(typings).length} declaration files -> ${relative(root, output)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Every .d.ts under `dir`, keyed by its path relative to `dir` with "/" separators. */
function collect(dir, base = dir, found = {}) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const item of entries) {
    const path = join(dir, item.name);
    if (item.isDirectory()) collect(path, base, found);
    else if (item.name.endsWith(".d.ts")) found[relative(base, path).split(sep).join("/")] = readFileSync(path, "utf8");
  }
  return found;
}

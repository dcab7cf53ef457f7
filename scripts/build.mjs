// Builds everything `npm start`, `npm run web` and the CLI run: the renderer with Vite
// (when its config exists) and the Node entry points with esbuild, into dist/.
import { existsSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { build as esbuild } from "esbuild";

const VITE_CONFIG = "renderer/vite.config.ts";

/** Node entry points: source -> bundle under dist/. Add new entries here (bench, ...). */
const nodeEntries = [
  { in: "app/main/main.ts", out: "app/main" },
  { in: "app/preload/preload.ts", out: "app/preload" },
  { in: "app/web/server.ts", out: "app/web" },
  { in: "app/cli/main.ts", out: "app/cli" },
  // ESM, with every package left to Node: the benchmarks drive Vite and Playwright.
  { in: "test/bench/main.ts", out: "bench", format: "esm" },
];

/**
 * Left to require() at run time: electron is the host, and sql.js and esbuild-wasm find
 * their .wasm files beside their own modules, which bundling would break.
 */
const NODE_EXTERNALS = ["electron", "sql.js", "esbuild-wasm"];

async function buildRenderer() {
  if (!existsSync(VITE_CONFIG)) {
    console.log(`renderer: skipped (${VITE_CONFIG} does not exist yet)`);
    return;
  }
  const started = performance.now();
  const { build } = await import("vite");
  await build({ configFile: VITE_CONFIG, logLevel: "error" });
  console.log(`renderer: dist/renderer (${ms(started)})`);
}

/** Bundles each entry on its own, so one broken entry does not hold back the others. */
async function buildNode() {
  const started = performance.now();
  const present = nodeEntries.filter((entry) => existsSync(entry.in));
  for (const entry of nodeEntries.filter((e) => !present.includes(e))) {
    console.log(`${entry.in}: skipped (not written yet)`);
  }
  const outcomes = await Promise.allSettled(
    present.map((entry) =>
      esbuild({
        entryPoints: [{ in: entry.in, out: entry.out }],
        outdir: "dist",
        outExtension: { ".js": entry.format === "esm" ? ".mjs" : ".cjs" },
        bundle: true,
        platform: "node",
        target: "node20",
        format: entry.format ?? "cjs",
        ...(entry.format === "esm" ? { packages: "external" } : { external: NODE_EXTERNALS }),
        sourcemap: true,
        logLevel: "error",
      }),
    ),
  );
  outcomes.forEach((outcome, i) => {
    const entry = present[i];
    const file = `dist/${entry.out}.${entry.format === "esm" ? "mjs" : "cjs"}`;
    if (outcome.status === "fulfilled") console.log(`${entry.in} -> ${file} (${kb(statSync(file).size)})`);
    else console.log(`${entry.in}: FAILED (errors above)`);
  });
  console.log(`node bundles: ${ms(started)}`);
  return outcomes.every((outcome) => outcome.status === "fulfilled");
}

const ms = (started) => `${Math.round(performance.now() - started)} ms`;
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

try {
  const nodeBuilt = await buildNode();
  await buildRenderer();
  if (!nodeBuilt) process.exit(1);
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

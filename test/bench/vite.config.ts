import { defineConfig } from "vite";

/** Builds the worker benchmark page: the real sandbox worker, as the app bundles it. */
export default defineConfig({
  root: "test/bench/worker",
  base: "./",
  logLevel: "warn",
  build: { outDir: "../../../dist/bench-worker", emptyOutDir: true },
  worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
});

import { defineConfig } from "vitest/config";

/** End-to-end tests: the built app in web mode, driven in headless Chromium. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

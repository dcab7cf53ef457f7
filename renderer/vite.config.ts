import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { FRAME_SCRIPT } from "./src/components/Preview/frameScript";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The CSP in index.html names the preview's injected script by hash (a srcdoc page
 * inherits the app's policy). The dev server drops the policy: Vite injects its own
 * inline preamble there.
 */
function contentSecurityPolicy(): Plugin {
  const hash = createHash("sha256").update(FRAME_SCRIPT).digest("base64");
  return {
    name: "mvt-csp",
    transformIndexHtml: {
      order: "pre",
      handler(html, context) {
        if (context.server) return html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, "");
        return html.replace("%FRAME_SCRIPT_HASH%", `'sha256-${hash}'`);
      },
    },
  };
}

/**
 * The editor's `mvt` typings are generated from the framework's source before every
 * build (and when the dev server starts), never kept as a hand-written copy.
 */
function mvtTypings(): Plugin {
  return {
    name: "mvt-typings",
    buildStart() {
      execFileSync(process.execPath, [fileURLToPath(new URL("../scripts/typings.mjs", import.meta.url))], {
        stdio: "inherit",
      });
    },
  };
}

export default defineConfig({
  root,
  base: "./",
  plugins: [mvtTypings(), react(), contentSecurityPolicy()],
  // The framework reads class names (Django's model, field and exception names), so the
  // minifier must keep them.
  worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rolldownOptions: { output: { keepNames: true } },
  },
});

/**
 * The page the preview shows while the project does not load: each problem with its
 * file:line, like Django's runserver showing a SyntaxError.
 */
import type { Diagnostic, SandboxResponse } from "../protocol";

export function compileErrorPage(diagnostics: Diagnostic[]): SandboxResponse {
  const items = diagnostics.length
    ? diagnostics
        .map((d) => `<li><code>${escape(d.file || "project")}:${d.line}:${d.column}</code> ${escape(d.message)}</li>`)
        .join("\n")
    : "<li>The project has not been loaded yet.</li>";
  const body = `<!doctype html>
<html><head><title>Your project does not load</title>
<style>body{font:14px system-ui,sans-serif;margin:0}header{background:#ffc;padding:12px 20px;border-bottom:1px solid #ddd}h1{margin:0;font-size:20px}ul{padding:12px 40px}code{background:#f4f4f4;padding:1px 4px}</style>
</head><body><header><h1>Your project does not load</h1><p>Fix the problem below and the preview reloads by itself. The last working version is kept.</p></header>
<ul>${items}</ul></body></html>`;
  return { status: 500, reason: "Project Error", headers: { "Content-Type": "text/html; charset=utf-8" }, body };
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

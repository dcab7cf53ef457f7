/**
 * The DEBUG error pages, as in Django's views/debug.py: the technical 404 listing the
 * URL patterns tried, and the technical 500 with the learner's stack and the SQL run.
 */
import type { QueryRecord, SourceLocation } from "../../protocol";
import { escape } from "../template/safestring";
import type { TriedPatterns } from "../urls/exceptions";
import { postmortem_html, template_info_html, TEMPLATE_STYLE } from "./debug_template";

const e = (text: unknown) => escape(text).toString();

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222}header{padding:12px 20px;background:#ffc}
h1{font-size:20px;margin:0 0 6px}main{padding:12px 20px}table{border-collapse:collapse}td,th{text-align:left;padding:2px 8px;vertical-align:top}
ol li{font-family:monospace}pre{background:#f6f6f6;padding:8px;overflow:auto}.muted{color:#888}code{background:#f1f1f1}
${TEMPLATE_STYLE}`;

function page(title: string, header: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><header>${header}</header><main>${body}</main></body>
</html>
`;
}

export interface Technical404 {
  method: string;
  path: string;
  urlconf: string;
  /** The patterns tried, when the URL resolver raised; absent when a view raised Http404. */
  tried?: TriedPatterns;
  /** The view that raised Http404, and its message. */
  raising_view?: string;
  message: string;
}

/** The DEBUG 404 page. */
export function technical_404_html(info: Technical404): string {
  const header = `<h1>Page not found <span class="muted">(404)</span></h1>
<table><tr><th>Request Method:</th><td>${e(info.method)}</td></tr><tr><th>Request URL:</th><td>${e(info.path)}</td></tr>${
    info.raising_view ? `<tr><th>Raised by:</th><td>${e(info.raising_view)}</td></tr>` : ""
  }</table>`;
  let body: string;
  if (info.tried) {
    const items = info.tried
      .map((chain) => `<li>${chain.map((p, i) => e(p.pattern) + (i === chain.length - 1 && p.name ? ` [name='${e(p.name)}']` : "")).join(" ")}</li>`)
      .join("\n");
    body = `<p>Using the URLconf defined in <code>${e(info.urlconf)}</code>, mvt tried these URL patterns, in this order:</p>
<ol>
${items}
</ol>
<p>The current path, <code>${e(info.path.replace(/^\//, ""))}</code>, didn't match any of these.</p>`;
  } else {
    body = `<p>${e(info.message)}</p>`;
  }
  return page("Page not found at " + info.path, header, body + `<p class="muted">You're seeing this error because you have <code>DEBUG = true</code> in your settings file.</p>`);
}

export interface Technical500 {
  method: string;
  path: string;
  error: unknown;
  /** The learner's frames, innermost first. */
  frames: SourceLocation[];
  /** The template line being rendered when the error happened. */
  template?: { name: string; line: number };
  queries: QueryRecord[];
}

/** The DEBUG 500 page. */
export function technical_500_html(info: Technical500): string {
  const error = info.error instanceof Error ? info.error : new Error(String(info.error));
  const header = `<h1>${e(error.name)} at ${e(info.path)}</h1><pre>${e(error.message)}</pre>
<table><tr><th>Request Method:</th><td>${e(info.method)}</td></tr><tr><th>Request URL:</th><td>${e(info.path)}</td></tr></table>`;
  const source = template_info_html(error);
  const where = source || (info.template ? `<p>While rendering template <code>${e(info.template.name)}</code>, line ${info.template.line}.</p>` : "");
  const frames = info.frames.length
    ? `<h2>Traceback (your code, innermost first)</h2><ol>${info.frames.map((f) => `<li>${e(f.file)}:${f.line}:${f.column}</li>`).join("")}</ol>`
    : `<h2>Traceback</h2><p class="muted">The error came from inside the framework; no frame of your code was on the stack.</p>`;
  const queries = `<h2>SQL queries before the error (${info.queries.length})</h2>${
    info.queries.length ? `<ol>${info.queries.map((q) => `<li>${e(q.sql)}${q.params.length ? ` <span class="muted">${e(JSON.stringify(q.params))}</span>` : ""}</li>`).join("")}</ol>` : "<p class=\"muted\">None.</p>"
  }`;
  return page(`${error.name} at ${info.path}`, header, where + postmortem_html(error) + frames + queries + `<p class="muted">You're seeing this error because you have <code>DEBUG = true</code> in your settings file.</p>`);
}

/** The production 404 page (DEBUG false), Django's default. */
export const NOT_FOUND_HTML = `
<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
</body>
</html>
`;

/** The production 500 page (DEBUG false), Django's default. */
export const SERVER_ERROR_HTML = `
<!doctype html>
<html lang="en">
<head>
  <title>Server Error (500)</title>
</head>
<body>
  <h1>Server Error (500)</h1><p></p>
</body>
</html>
`;

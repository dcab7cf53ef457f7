/**
 * The template parts of the technical 500 page, as Django's views/debug.py shows them:
 * "Error during template rendering" with the source around the failing line (Django's
 * template_info, ten lines either side), and the template-loader postmortem listing
 * the templates tried when one does not exist.
 */
import { TemplateDoesNotExist, type TemplateDebug } from "../template/exceptions";
import { escape } from "../template/safestring";

const e = (text: unknown) => escape(text).toString();
const CONTEXT_LINES = 10;

/** CSS for these sections, added to the page's style. */
export const TEMPLATE_STYLE = `table.source{font-family:monospace;white-space:pre-wrap;background:#f6f6f6}table.source th{color:#888;text-align:right}
table.source tr.error{background:#fdd}table.source .specific{background:#fbb;font-weight:bold}#template{margin-bottom:12px}`;

function template_debug(error: unknown): TemplateDebug | undefined {
  const debug = (error as { template_debug?: TemplateDebug } | null)?.template_debug;
  return typeof debug?.source === "string" ? debug : undefined;
}

/** "Error during template rendering": the template's name, the line, and its source with the failing token highlighted. */
export function template_info_html(error: unknown): string {
  const info = template_debug(error);
  if (!info) return "";
  const message = error instanceof Error ? error.message.replace(/ \(in template '[^']*', line \d+\)$/, "") : String(error);
  const [start, end] = info.position;
  const rows: string[] = [];
  let upto = 0;
  const lines = info.source.split(/(?<=\n)/);
  const top = Math.max(1, info.line - CONTEXT_LINES);
  const bottom = Math.min(lines.length, info.line + CONTEXT_LINES);
  lines.forEach((text, index) => {
    const number = index + 1;
    const next = upto + text.length;
    if (number >= top && number <= bottom) {
      if (number === info.line && start >= upto && end <= next) {
        const line = `${e(info.source.slice(upto, start))}<span class="specific">${e(info.source.slice(start, end))}</span>${e(info.source.slice(end, next))}`;
        rows.push(`<tr class="error"><th>${number}</th><td>${line}</td></tr>`);
      } else {
        rows.push(`<tr${number === info.line ? ' class="error"' : ""}><th>${number}</th><td>${e(text)}</td></tr>`);
      }
    }
    upto = next;
  });
  return `<div id="template">
<h2>Error during template rendering</h2>
<p>In template <code>${e(info.name)}</code>, error at line <strong>${info.line}</strong></p>
<h3>${e(message)}</h3>
<table class="source">
${rows.join("\n")}
</table>
</div>`;
}

/** The template-loader postmortem for TemplateDoesNotExist: each template tried, in order. */
export function postmortem_html(error: unknown): string {
  if (!(error instanceof TemplateDoesNotExist)) return "";
  const tried = error.tried.length
    ? error.tried.map((attempt) => `<li>${e(attempt)}</li>`).join("\n")
    : "<li>This engine did not provide a list of tried templates.</li>";
  return `<div id="postmortem">
<h2>Template-loader postmortem</h2>
<p>mvt tried loading these templates, in this order:</p>
<p>Using engine <code>mvt</code>:</p>
<ul>
${tried}
</ul>
</div>`;
}

import DOMPurify from "dompurify";
import { marked } from "marked";

/** One line of lesson Markdown (a step, a hint) as sanitised inline HTML: `code`, **bold**, links. */
export function renderInlineMarkdown(text: string): string {
  return DOMPurify.sanitize(marked.parseInline(text, { async: false, gfm: true }));
}

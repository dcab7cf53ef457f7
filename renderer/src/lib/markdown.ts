import DOMPurify from "dompurify";
import { marked } from "marked";

/** Lesson Markdown as sanitised HTML. */
export function renderMarkdown(text: string): string {
  return DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true }));
}

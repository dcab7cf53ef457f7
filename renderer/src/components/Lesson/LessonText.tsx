import { useMemo } from "react";
import { renderMarkdown } from "../../lib/markdown";

/** The lesson's Markdown, rendered and sanitised. */
export function LessonText({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <article className="lesson-text" data-testid="lesson-text" dangerouslySetInnerHTML={{ __html: html }} />;
}

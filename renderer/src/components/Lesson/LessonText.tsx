import { useEffect, useMemo, useRef } from "react";
import { renderMarkdown } from "../../lib/markdown";
import { highlightCode } from "./highlight";

/** The lesson's Markdown, rendered and sanitised, its code blocks highlighted (Python ones marked "the same in Django"). */
export function LessonText({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    if (article.current) void highlightCode(article.current);
  }, [html]);
  return <article ref={article} className="lesson-text" data-testid="lesson-text" dangerouslySetInnerHTML={{ __html: html }} />;
}

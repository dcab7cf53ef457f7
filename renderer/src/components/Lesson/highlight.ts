import * as monaco from "monaco-editor";
import { DJANGO_HTML } from "../../monaco/djangoTemplate";

/** Markdown fence names to Monaco languages; Django templates get the template highlighter. */
const LANGUAGES: Record<string, string> = {
  ts: "typescript",
  typescript: "typescript",
  js: "javascript",
  python: "python",
  py: "python",
  html: DJANGO_HTML,
  django: DJANGO_HTML,
  sql: "sql",
  json: "json",
  sh: "shell",
};

/**
 * Colours every fenced code block under `root` with Monaco's tokenizers (no network, the
 * same colours as the editor). A block in a language Monaco lacks stays plain.
 */
export async function highlightCode(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>("pre > code[class*='language-']")];
  await Promise.all(
    blocks.map(async (block) => {
      const fence = /language-(\S+)/.exec(block.className)?.[1] ?? "";
      const language = LANGUAGES[fence];
      if (!language) return;
      const html = await monaco.editor.colorize(block.textContent ?? "", language, { tabSize: 2 });
      block.innerHTML = html;
      block.dataset["highlighted"] = language;
      if (language === "python") block.parentElement?.classList.add("python-aside");
    }),
  );
}

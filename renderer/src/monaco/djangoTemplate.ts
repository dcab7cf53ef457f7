/**
 * Django's template language for Monaco: a Monarch tokenizer that colours `{% tag %}`,
 * `{{ variable|filter }}` and `{# comments #}` inside HTML, for .html templates.
 */
import * as monaco from "monaco-editor";

export const DJANGO_HTML = "django-html";

const tokenizer: monaco.languages.IMonarchLanguage = {
  defaultToken: "",
  tokenPostfix: ".django",
  keywords: [
    "block", "endblock", "extends", "include", "for", "empty", "endfor", "if", "elif", "else", "endif", "with", "endwith",
    "url", "csrf_token", "load", "static", "comment", "endcomment", "spaceless", "endspaceless", "now", "cycle",
    "firstof", "autoescape", "endautoescape", "verbatim", "endverbatim", "in", "not", "and", "or", "as", "is",
  ],
  tokenizer: {
    root: [
      [/\{#/, "comment", "@comment"],
      [/\{%/, { token: "delimiter.django", next: "@django" }],
      [/\{\{/, { token: "delimiter.django", next: "@django" }],
      [/<!--/, "comment", "@htmlComment"],
      [/<\/?[\w-]+/, "tag"],
      [/\/?>/, "tag"],
      [/[\w-]+(?==)/, "attribute.name"],
      [/"[^"]*"|'[^']*'/, "attribute.value"],
      [/[^<{]+/, ""],
      [/[<{]/, ""],
    ],
    django: [
      [/%\}|\}\}/, { token: "delimiter.django", next: "@pop" }],
      [/\|\s*\w+/, "predefined"],
      [/"[^"]*"|'[^']*'/, "string"],
      [/\d+/, "number"],
      [/[a-zA-Z_][\w.]*/, { cases: { "@keywords": "keyword", "@default": "variable" } }],
      [/[=<>!:,]+/, "operator"],
      [/\s+/, ""],
    ],
    comment: [
      [/#\}/, "comment", "@pop"],
      [/./, "comment"],
    ],
    htmlComment: [
      [/-->/, "comment", "@pop"],
      [/./, "comment"],
    ],
  },
};

/** Registers the language once; models for .html files use it. */
export function registerDjangoTemplates(): void {
  if (monaco.languages.getLanguages().some((language) => language.id === DJANGO_HTML)) return;
  monaco.languages.register({ id: DJANGO_HTML, extensions: [".html"], aliases: ["Django template"] });
  monaco.languages.setMonarchTokensProvider(DJANGO_HTML, tokenizer);
  monaco.languages.setLanguageConfiguration(DJANGO_HTML, {
    brackets: [["{%", "%}"], ["{{", "}}"], ["<", ">"]],
    autoClosingPairs: [{ open: "{%", close: " %}" }, { open: "{{", close: " }}" }, { open: '"', close: '"' }],
    comments: { blockComment: ["{#", "#}"] },
  });
}

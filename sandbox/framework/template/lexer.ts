/** The Lexer: splits template source into text, variable, block and comment tokens, as Django's does. */

export type TokenType = "text" | "var" | "block" | "comment";

export class Token {
  constructor(
    readonly token_type: TokenType,
    readonly contents: string,
    readonly lineno: number,
  ) {}

  /** Splits tag contents on spaces, keeping quoted strings (and `a="b c"`) whole. */
  split_contents(): string[] {
    return smart_split(this.contents);
  }
}

const TAG = /({%.*?%}|{{.*?}}|{#.*?#})/;

/** Tokenizes `source`; lines are counted from 1. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let lineno = 1;
  let verbatim: string | false = false;
  source.split(TAG).forEach((bit, index) => {
    const inTag = index % 2 === 1;
    if (bit) tokens.push(createToken(bit, inTag));
    lineno += (bit.match(/\n/g) ?? []).length;
  });
  return tokens;

  function createToken(bit: string, inTag: boolean): Token {
    let blockContent = "";
    if (inTag && bit.startsWith("{%")) {
      blockContent = bit.slice(2, -2).trim();
      if (verbatim && blockContent === verbatim) verbatim = false;
    }
    if (inTag && !verbatim) {
      if (bit.startsWith("{{")) return new Token("var", bit.slice(2, -2).trim(), lineno);
      if (bit.startsWith("{%")) {
        if (blockContent === "verbatim" || blockContent.startsWith("verbatim ")) verbatim = "end" + blockContent;
        return new Token("block", blockContent, lineno);
      }
      return new Token("comment", "", lineno);
    }
    return new Token("text", bit, lineno);
  }
}

/** Django's smart_split: whitespace-separated bits, quoted runs kept together. */
export function smart_split(text: string): string[] {
  const re = /((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)/g;
  return [...text.matchAll(re)].map((m) => m[0]);
}

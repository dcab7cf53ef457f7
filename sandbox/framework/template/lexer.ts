/** The Lexer: splits template source into text, variable, block and comment tokens, as Django's does. */

export type TokenType = "text" | "var" | "block" | "comment";

export class Token {
  constructor(
    readonly token_type: TokenType,
    readonly contents: string,
    readonly lineno: number,
    /** Where the token is in the source: [start, end) offsets, for the debug page's highlight. */
    readonly position: [number, number] = [0, 0],
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
  let offset = 0;
  let verbatim: string | false = false;
  source.split(TAG).forEach((bit, index) => {
    const inTag = index % 2 === 1;
    if (bit) tokens.push(createToken(bit, inTag, [offset, offset + bit.length]));
    offset += bit.length;
    for (let i = bit.indexOf("\n"); i >= 0; i = bit.indexOf("\n", i + 1)) lineno++;
  });
  return tokens;

  function createToken(bit: string, inTag: boolean, position: [number, number]): Token {
    let blockContent = "";
    if (inTag && bit.startsWith("{%")) {
      blockContent = bit.slice(2, -2).trim();
      if (verbatim && blockContent === verbatim) verbatim = false;
    }
    if (inTag && !verbatim) {
      if (bit.startsWith("{{")) return new Token("var", bit.slice(2, -2).trim(), lineno, position);
      if (bit.startsWith("{%")) {
        if (blockContent === "verbatim" || blockContent.startsWith("verbatim ")) verbatim = "end" + blockContent;
        return new Token("block", blockContent, lineno, position);
      }
      return new Token("comment", "", lineno, position);
    }
    return new Token("text", bit, lineno, position);
  }
}

/** Django's smart_split: whitespace-separated bits, quoted runs kept together. */
export function smart_split(text: string): string[] {
  const re = /((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)/g;
  return [...text.matchAll(re)].map((m) => m[0]);
}

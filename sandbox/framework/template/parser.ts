/** The Parser: turns tokens into a NodeList using the registered tags, as Django's does. */
import { annotate_error, TemplateSyntaxError } from "./exceptions";
import type { Token } from "./lexer";
import type { Filter, Library, TagCompiler } from "./library";
import { NodeList, TextNode, VariableNode, type Node } from "./nodes";
import type { Template } from "./template";
import { FilterExpression } from "./variable";

/** Nodes that must come first in a template (`{% extends %}`) set this. */
export interface MustBeFirst {
  must_be_first: true;
}

export class Parser {
  private readonly tokens: Token[];
  readonly tags = new Map<string, TagCompiler>();
  readonly filters = new Map<string, Filter>();
  private readonly command_stack: [string, Token][] = [];
  /** The token being compiled, for error line numbers. */
  current?: Token;

  constructor(
    tokens: Token[],
    libraries: Library[],
    readonly template: Template,
  ) {
    this.tokens = [...tokens].reverse();
    for (const library of libraries) this.add_library(library);
  }

  add_library(library: Library): void {
    for (const [name, tag] of library.tags) this.tags.set(name, tag);
    for (const [name, filter] of library.filters) this.filters.set(name, filter);
  }

  /** Parses until one of `parse_until` block tags (left unconsumed), or the end. */
  parse(parse_until: string[] = []): NodeList {
    const nodelist = new NodeList();
    while (this.tokens.length) {
      const token = this.next_token();
      this.current = token;
      if (token.token_type === "text") {
        this.extend(nodelist, new TextNode(token.contents), token);
      } else if (token.token_type === "var") {
        if (!token.contents) throw this.error(token, `Empty variable tag on line ${token.lineno}`);
        this.extend(nodelist, new VariableNode(this.compile_filter(token.contents)), token);
      } else if (token.token_type === "block") {
        const command = token.contents.split(/\s+/)[0] ?? "";
        if (!command) throw this.error(token, `Empty block tag on line ${token.lineno}`);
        if (parse_until.includes(command)) {
          this.prepend_token(token);
          return nodelist;
        }
        const compile = this.tags.get(command);
        if (!compile) throw this.invalid_block_tag(token, command, parse_until);
        this.command_stack.push([command, token]);
        const node = compile(this, token);
        this.command_stack.pop();
        this.extend(nodelist, node, token);
      }
    }
    if (parse_until.length) throw this.unclosed_block_tag(parse_until);
    return nodelist;
  }

  /** Skips tokens up to and including `{% endtag %}` (for comment). */
  skip_past(endtag: string): void {
    while (this.tokens.length) {
      const token = this.next_token();
      if (token.token_type === "block" && token.contents === endtag) return;
    }
    throw this.unclosed_block_tag([endtag]);
  }

  next_token(): Token {
    const token = this.tokens.pop();
    if (!token) throw new TemplateSyntaxError("Unexpected end of template.");
    return token;
  }

  prepend_token(token: Token): void {
    this.tokens.push(token);
  }

  delete_first_token(): void {
    this.tokens.pop();
  }

  compile_filter(text: string): FilterExpression {
    try {
      return new FilterExpression(text, (name) => this.filters.get(name));
    } catch (error) {
      if (error instanceof TemplateSyntaxError && this.current) throw this.error(this.current, error.message);
      throw error;
    }
  }

  /** A TemplateSyntaxError naming this template and the token's line. */
  error(token: Token, message: string): TemplateSyntaxError {
    const error = new TemplateSyntaxError(`${message} (in template '${this.template.name}', line ${token.lineno})`);
    error.template_name = this.template.name;
    error.lineno = token.lineno;
    annotate_error(error, this.template, token);
    return error;
  }

  private extend(nodelist: NodeList, node: Node, token: Token): void {
    if ((node as Partial<MustBeFirst>).must_be_first && nodelist.some((n) => !(n instanceof TextNode))) {
      throw this.error(token, `'${token.contents.split(/\s+/)[0]}' must be the first tag in the template.`);
    }
    node.token = token;
    node.template = this.template;
    nodelist.push(node);
  }

  private invalid_block_tag(token: Token, command: string, parse_until: string[]): TemplateSyntaxError {
    if (parse_until.length) {
      const expected = textList(parse_until.map((p) => `'${p}'`), "or");
      return this.error(token, `Invalid block tag on line ${token.lineno}: '${command}', expected ${expected}. Did you forget to register or load this tag?`);
    }
    return this.error(token, `Invalid block tag on line ${token.lineno}: '${command}'. Did you forget to register or load this tag?`);
  }

  private unclosed_block_tag(parse_until: string[]): TemplateSyntaxError {
    const [command, token] = this.command_stack.pop() ?? ["", this.current];
    if (!token) return new TemplateSyntaxError(`Unclosed tag: looking for one of: ${parse_until.join(", ")}.`);
    return this.error(token, `Unclosed tag on line ${token.lineno}: '${command}'. Looking for one of: ${parse_until.join(", ")}.`);
  }
}

/** Django's get_text_list: "'a', 'b' or 'c'". */
export function textList(items: string[], last: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/** Library: where tags and filters are registered, as in Django's template/library.py. */
import type { Node } from "./nodes";
import type { Parser } from "./parser";
import type { Token } from "./lexer";

/** A filter function: `(value, arg) => result`; `autoescape` is passed when needs_autoescape. */
export type FilterFunction = (value: unknown, arg: unknown, autoescape: boolean) => unknown;

export interface FilterOptions {
  /** The filter keeps safe input safe. */
  is_safe?: boolean;
  /** The filter escapes itself and wants to know whether autoescaping is on. */
  needs_autoescape?: boolean;
  /** Whether the filter takes an argument: true (required), false, or "optional". */
  arg?: boolean | "optional";
}

export interface Filter extends Required<FilterOptions> {
  name: string;
  func: FilterFunction;
}

/** Compiles a `{% tag %}` token into a Node. */
export type TagCompiler = (parser: Parser, token: Token) => Node;

/** A set of tags and filters: `library.filter("shout", (v) => String(v).toUpperCase())`. */
export class Library {
  readonly filters = new Map<string, Filter>();
  readonly tags = new Map<string, TagCompiler>();

  filter(name: string, func: (value: unknown, arg: unknown, autoescape: boolean) => unknown, options: FilterOptions = {}): void {
    this.filters.set(name, {
      name,
      func,
      is_safe: options.is_safe ?? false,
      needs_autoescape: options.needs_autoescape ?? false,
      arg: options.arg ?? func.length >= 2,
    });
  }

  tag(name: string, compile: TagCompiler): void {
    this.tags.set(name, compile);
  }
}


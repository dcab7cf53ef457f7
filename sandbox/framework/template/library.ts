/** Library: where tags and filters are registered, as in Django's template/library.py. */
import type { Context } from "./context";
import type { Token } from "./lexer";
import { Node } from "./nodes";
import type { Parser } from "./parser";
import { conditional_escape } from "./safestring";
import { pystr } from "../utils/pyrepr";
import type { FilterExpression } from "./variable";

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

/**
 * A tag function's arguments: the positional ones, then one object of the keyword
 * ones when the tag was given any (`{% tag a b key=c %}` calls `fn(a, b, { key: c })`),
 * with the Context first when `takes_context`.
 */
export type TagFunction = (...args: never[]) => unknown;

export interface TagOptions {
  /** The function receives the template Context as its first argument. */
  takes_context?: boolean;
}

/** Parsed arguments of a simple or inclusion tag, resolved at render time. */
class TagArguments {
  constructor(
    readonly args: FilterExpression[],
    readonly kwargs: [string, FilterExpression][],
    readonly takes_context: boolean,
  ) {}

  call(node: Node, func: TagFunction, context: Context): unknown {
    const invalid = node.template?.engine.string_if_invalid ?? "";
    const values: unknown[] = this.args.map((a) => a.resolve(context, invalid));
    if (this.kwargs.length) values.push(Object.fromEntries(this.kwargs.map(([k, v]) => [k, v.resolve(context, invalid)])));
    if (this.takes_context) values.unshift(context);
    return (func as (...args: unknown[]) => unknown)(...values);
  }

  /** Reads `a b key=c`; Django's parse_bits. */
  static parse(parser: Parser, token: Token, bits: string[], name: string, takes_context: boolean): TagArguments {
    const args: FilterExpression[] = [];
    const kwargs: [string, FilterExpression][] = [];
    for (const bit of bits) {
      const m = /^(\w+)=(.+)$/s.exec(bit);
      if (m) {
        const key = m[1] ?? "";
        if (kwargs.some(([k]) => k === key)) throw parser.error(token, `'${name}' received multiple values for keyword argument '${key}'`);
        kwargs.push([key, parser.compile_filter(m[2] ?? "")]);
      } else {
        if (kwargs.length) throw parser.error(token, `'${name}' received some positional argument(s) after some keyword argument(s)`);
        args.push(parser.compile_filter(bit));
      }
    }
    return new TagArguments(args, kwargs, takes_context);
  }
}

class SimpleNode extends Node {
  constructor(
    readonly func: TagFunction,
    readonly args: TagArguments,
    readonly target_var?: string,
  ) {
    super();
  }
  render(context: Context): string {
    const output = this.args.call(this, this.func, context);
    if (this.target_var !== undefined) {
      context.set(this.target_var, output);
      return "";
    }
    return context.autoescape ? conditional_escape(output).toString() : pystr(output);
  }
}

class InclusionNode extends Node {
  constructor(
    readonly func: TagFunction,
    readonly args: TagArguments,
    readonly template_name: string,
  ) {
    super();
  }
  render(context: Context): string {
    const values = this.args.call(this, this.func, context) as Record<string, unknown>;
    const engine = this.template?.engine;
    if (!engine) throw new Error(`Inclusion tag template '${this.template_name}' needs a template engine.`);
    const template = engine.get_template(this.template_name);
    const new_context = context.new(values);
    const csrf_token = context.get("csrf_token");
    if (csrf_token !== undefined && csrf_token !== null) new_context.set("csrf_token", csrf_token);
    return template.render(new_context);
  }
}

/** A set of tags and filters: `register.filter("shout", (v) => String(v).toUpperCase())`. */
export class Library {
  readonly filters = new Map<string, Filter>();
  readonly tags = new Map<string, TagCompiler>();

  filter(name: string, func: FilterFunction, options: FilterOptions = {}): void {
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

  /** A tag that outputs what `func` returns (escaped), or stores it with `as var`: `{% total_books %}`. */
  simple_tag(name: string, func: TagFunction, options: TagOptions = {}): void {
    this.tag(name, (parser, token) => {
      let bits = token.split_contents().slice(1);
      let target: string | undefined;
      if (bits.length >= 2 && bits[bits.length - 2] === "as") {
        target = bits[bits.length - 1];
        bits = bits.slice(0, -2);
      }
      return new SimpleNode(func, TagArguments.parse(parser, token, bits, name, options.takes_context ?? false), target);
    });
  }

  /** A tag that renders `template_name` with the object `func` returns: `{% show_books author %}`. */
  inclusion_tag(name: string, template_name: string, func: TagFunction, options: TagOptions = {}): void {
    this.tag(name, (parser, token) => new InclusionNode(func, TagArguments.parse(parser, token, token.split_contents().slice(1), name, options.takes_context ?? false), template_name));
  }
}

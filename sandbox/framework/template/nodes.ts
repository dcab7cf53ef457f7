/** Nodes: the parsed template tree, as in Django's template/base.py. */
import type { Context } from "./context";
import { annotate_error } from "./exceptions";
import type { Token } from "./lexer";
import { conditional_escape } from "./safestring";
import { Variable, type FilterExpression } from "./variable";
import type { Template } from "./template";
import { pystr } from "../utils/pyrepr";
import { formatDate, DATETIME_FORMAT } from "./dateformat";

/** A node of the template tree; `render_annotated` records the template line being rendered. */
export abstract class Node {
  token?: Token;
  template?: Template;
  /** Node lists inside this node, for get_nodes_by_type. */
  child_nodelists: NodeList[] = [];

  abstract render(context: Context): string;

  render_annotated(context: Context): string {
    const template = this.template;
    const tracer = template?.engine.tracer;
    tracer?.templateStack.push({ name: template?.name ?? "<unknown source>", line: this.token?.lineno ?? 0 });
    try {
      return this.render(context);
    } catch (error) {
      if (template) annotate_error(error, template, this.token);
      throw error;
    } finally {
      tracer?.templateStack.pop();
    }
  }

  /** All nodes of a class in this subtree, this node included. */
  get_nodes_by_type<T extends Node>(type: abstract new (...args: never[]) => T): T[] {
    const found: T[] = this instanceof type ? [this] : [];
    for (const list of this.child_nodelists) found.push(...list.get_nodes_by_type(type));
    return found;
  }
}

/** A list of nodes rendered one after the other. */
export class NodeList extends Array<Node> {
  render(context: Context): string {
    let out = "";
    for (const node of this) out += node.render_annotated(context);
    return out;
  }

  get_nodes_by_type<T extends Node>(type: abstract new (...args: never[]) => T): T[] {
    return this.flatMap((node) => node.get_nodes_by_type(type));
  }
}

export class TextNode extends Node {
  constructor(readonly s: string) {
    super();
  }
  render(): string {
    return this.s;
  }
}

/** Converts a value for output: Python's str(), localized dates, escaped when autoescaping. */
export function render_value_in_context(value: unknown, context: Context): string {
  const text = value instanceof Date ? formatDate(value, DATETIME_FORMAT) : value;
  if (context.autoescape) return conditional_escape(text).toString();
  return pystr(text);
}

/** Resolves a filter expression for `node`, with its engine's string_if_invalid. */
export function resolve(node: Node, expression: FilterExpression, context: Context, ignoreFailures = false): unknown {
  return expression.resolve(context, node.template?.engine.string_if_invalid ?? "", ignoreFailures);
}

/** `{{ expression }}`. */
export class VariableNode extends Node {
  /** What a bare number literal prints, as Python's str() of it (`{{ 1e3 }}` is 1000.0). */
  private readonly literal_text?: string;

  constructor(readonly filter_expression: FilterExpression) {
    super();
    const variable = filter_expression.var;
    if (filter_expression.is_var && variable instanceof Variable && variable.literal_text !== undefined) this.literal_text = variable.literal_text;
  }
  render(context: Context): string {
    if (this.literal_text !== undefined) return this.literal_text;
    const value = this.filter_expression.resolve(context, this.template?.engine.string_if_invalid ?? "");
    return render_value_in_context(value, context);
  }
}

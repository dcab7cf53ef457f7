/**
 * Tags that keep state while a template renders (Django's defaulttags.py): cycle
 * (named, silent), resetcycle, ifchanged and regroup.
 */
import type { Context } from "./context";
import type { Library } from "./library";
import { Node, NodeList, render_value_in_context, resolve } from "./nodes";
import type { Parser } from "./parser";
import { pyEquals, toList } from "./pyvalues";
import type { FilterExpression } from "./variable";

/** What the parser remembers about cycles: named ones and the last one, for resetcycle. */
interface CycleState {
  named: Map<string, CycleNode>;
  last?: CycleNode;
}
const cycles = new WeakMap<Parser, CycleState>();

class CycleNode extends Node {
  constructor(
    readonly cyclevars: FilterExpression[],
    readonly variable_name?: string,
    readonly silent = false,
  ) {
    super();
  }
  render(context: Context): string {
    const position = (context.render_context.get(this) as number | undefined) ?? 0;
    context.render_context.set(this, position + 1);
    const value = resolve(this, this.cyclevars[position % this.cyclevars.length] as FilterExpression, context);
    if (this.variable_name) context.set_upward(this.variable_name, value);
    return this.silent ? "" : render_value_in_context(value, context);
  }
  reset(context: Context): void {
    context.render_context.set(this, 0);
  }
}

class ResetCycleNode extends Node {
  constructor(readonly node: CycleNode) {
    super();
  }
  render(context: Context): string {
    this.node.reset(context);
    return "";
  }
}

class IfChangedNode extends Node {
  private static readonly frames = new WeakMap<object, Map<Node, unknown>>();

  constructor(
    readonly nodelist_true: NodeList,
    readonly nodelist_false: NodeList,
    readonly varlist: FilterExpression[],
  ) {
    super();
    this.child_nodelists = [nodelist_true, nodelist_false];
  }

  render(context: Context): string {
    const frame = this.frame(context);
    let output: string | undefined;
    const compare_to = this.varlist.length ? this.varlist.map((v) => resolve(this, v, context, true)) : (output = this.nodelist_true.render(context));
    if (!frame.has(this) || !pyEquals(compare_to, frame.get(this))) {
      frame.set(this, compare_to);
      return output || this.nodelist_true.render(context);
    }
    return this.nodelist_false.render(context);
  }

  /** State lives in the enclosing forloop, so it restarts with each loop (as in Django). */
  private frame(context: Context): Map<Node, unknown> {
    const forloop = context.get("forloop");
    const key: object = typeof forloop === "object" && forloop !== null ? forloop : context.render_context;
    let frame = IfChangedNode.frames.get(key);
    if (!frame) IfChangedNode.frames.set(key, (frame = new Map()));
    return frame;
  }
}

/** One group of `{% regroup %}`: unpacks as `grouper, list` like Django's namedtuple. */
export class GroupedResult {
  constructor(
    readonly grouper: unknown,
    readonly list: unknown[],
  ) {}
  *[Symbol.iterator](): Iterator<unknown> {
    yield this.grouper;
    yield this.list;
  }
}

class RegroupNode extends Node {
  constructor(
    readonly target: FilterExpression,
    readonly expression: FilterExpression,
    readonly var_name: string,
  ) {
    super();
  }
  render(context: Context): string {
    const objects = resolve(this, this.target, context, true);
    const groups: GroupedResult[] = [];
    if (objects !== null && objects !== undefined) {
      for (const object of toList(objects)) {
        context.set(this.var_name, object);
        const key = resolve(this, this.expression, context, true);
        const last = groups[groups.length - 1];
        if (last && pyEquals(last.grouper, key)) last.list.push(object);
        else groups.push(new GroupedResult(key, [object]));
      }
    }
    context.set(this.var_name, groups);
    return "";
  }
}

/** Registers cycle, resetcycle, ifchanged and regroup on the built-in tag library. */
export function registerCycleTags(library: Library): void {
  library.tag("cycle", (parser, token) => {
    const args = token.split_contents();
    if (args.length < 2) throw parser.error(token, "'cycle' tag requires at least two arguments");
    const state = cycles.get(parser) ?? { named: new Map<string, CycleNode>() };
    if (args.length === 2) {
      const name = args[1] ?? "";
      if (!state.named.size) throw parser.error(token, `No named cycles in template. '${name}' is not defined`);
      const node = state.named.get(name);
      if (!node) throw parser.error(token, `Named cycle '${name}' does not exist`);
      return node;
    }
    let values = args;
    let name: string | undefined;
    let silent = false;
    if (args.length > 4 && args[args.length - 3] === "as") {
      if (args[args.length - 1] !== "silent") throw parser.error(token, `Only 'silent' flag is allowed after cycle's name, not '${args[args.length - 1]}'.`);
      silent = true;
      values = args.slice(0, -1);
      name = values[values.length - 1];
    } else if (args.length > 4 && args[args.length - 2] === "as") {
      name = args[args.length - 1];
    }
    let node: CycleNode;
    if (name !== undefined) {
      node = new CycleNode(values.slice(1, -2).map((a) => parser.compile_filter(a)), name, silent);
      state.named.set(name, node);
    } else {
      node = new CycleNode(args.slice(1).map((a) => parser.compile_filter(a)));
    }
    state.last = node;
    cycles.set(parser, state);
    return node;
  });

  library.tag("resetcycle", (parser, token) => {
    const args = token.split_contents();
    if (args.length > 2) throw parser.error(token, `'${args[0]}' tag accepts at most one argument.`);
    const state = cycles.get(parser);
    if (args.length === 2) {
      const node = state?.named.get(args[1] ?? "");
      if (!node) throw parser.error(token, `Named cycle '${args[1]}' does not exist.`);
      return new ResetCycleNode(node);
    }
    if (!state?.last) throw parser.error(token, "No cycles in template.");
    return new ResetCycleNode(state.last);
  });

  library.tag("ifchanged", (parser, token) => {
    const bits = token.split_contents();
    const nodelist_true = parser.parse(["else", "endifchanged"]);
    let nodelist_false = new NodeList();
    if (parser.next_token().contents === "else") {
      nodelist_false = parser.parse(["endifchanged"]);
      parser.delete_first_token();
    }
    return new IfChangedNode(nodelist_true, nodelist_false, bits.slice(1).map((b) => parser.compile_filter(b)));
  });

  library.tag("regroup", (parser, token) => {
    const bits = token.split_contents();
    if (bits.length !== 6) throw parser.error(token, "'regroup' tag takes five arguments");
    const target = parser.compile_filter(bits[1] ?? "");
    if (bits[2] !== "by") throw parser.error(token, "second argument to 'regroup' tag must be 'by'");
    if (bits[4] !== "as") throw parser.error(token, "next-to-last argument to 'regroup' tag must be 'as'");
    const var_name = bits[5] ?? "";
    return new RegroupNode(target, parser.compile_filter(`${var_name}.${bits[3]}`), var_name);
  });
}

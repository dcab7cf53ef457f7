/** The built-in tags, as in Django's template/defaulttags.py. */
import { NoReverseMatch } from "../urls/exceptions";
import { reverse } from "../urls/base";
import { Context } from "./context";
import { formatDate } from "./dateformat";
import { TemplateSyntaxError, VariableDoesNotExist } from "./exceptions";
import type { Token } from "./lexer";
import { ValueError } from "./filterutils";
import { Library } from "./library";
import { registerCycleTags } from "./defaulttags_cycle";
import { registerMiscTags } from "./defaulttags_misc";
import { Node, NodeList, render_value_in_context, resolve, TextNode } from "./nodes";
import type { Parser } from "./parser";
import { toList, truthy } from "./pyvalues";
import { conditional_escape, mark_safe, type SafeString } from "./safestring";
import { IfParser, type Condition } from "./smartif";
import type { FilterExpression } from "./variable";

const library = new Library();
export default library;


const KWARG = /^(?:(\w+)=)?(.+)$/s;

/** Django's token_kwargs: `a=b c=d`, or the legacy `b as a and d as c`; consumes what it reads. */
export function token_kwargs(bits: string[], parser: Parser, support_legacy = false): Record<string, FilterExpression> {
  const kwargs: Record<string, FilterExpression> = {};
  if (!bits.length) return kwargs;
  const kwargFormat = Boolean(KWARG.exec(bits[0] ?? "")?.[1]);
  if (!kwargFormat && (!support_legacy || bits.length < 3 || bits[1] !== "as")) return kwargs;
  while (bits.length) {
    if (kwargFormat) {
      const m = KWARG.exec(bits[0] ?? "");
      if (!m?.[1]) return kwargs;
      kwargs[m[1]] = parser.compile_filter(m[2] ?? "");
      bits.splice(0, 1);
    } else {
      if (bits.length < 3 || bits[1] !== "as") return kwargs;
      kwargs[bits[2] ?? ""] = parser.compile_filter(bits[0] ?? "");
      bits.splice(0, 3);
      if (bits.length) {
        if (bits[0] !== "and") return kwargs;
        bits.splice(0, 1);
      }
    }
  }
  return kwargs;
}

class ForNode extends Node {
  constructor(
    readonly loopvars: string[],
    readonly sequence: FilterExpression,
    readonly is_reversed: boolean,
    readonly nodelist_loop: NodeList,
    readonly nodelist_empty: NodeList,
  ) {
    super();
    this.child_nodelists = [nodelist_loop, nodelist_empty];
  }

  render(context: Context): string {
    const parentloop = context.has("forloop") ? context.get("forloop") : {};
    return context.push({}, () => {
      let values = toList(resolve(this, this.sequence, context, true));
      if (values.length < 1) return this.nodelist_empty.render(context);
      if (this.is_reversed) values = [...values].reverse();
      const length = values.length;
      const loop: Record<string, unknown> = { parentloop };
      context.set("forloop", loop);
      let out = "";
      values.forEach((item, i) => {
        Object.assign(loop, { counter0: i, counter: i + 1, revcounter: length - i, revcounter0: length - i - 1, first: i === 0, last: i === length - 1 });
        if (this.loopvars.length > 1) {
          const parts = typeof item === "string" || (typeof item === "object" && item !== null && Symbol.iterator in item) ? toList(item) : [item];
          if (parts.length !== this.loopvars.length) {
            throw new ValueError(`Need ${this.loopvars.length} values to unpack in for loop; got ${parts.length}. `);
          }
          const values = Object.fromEntries(this.loopvars.map((name, j) => [name, parts[j]]));
          out += context.push(values, () => this.nodelist_loop.render(context));
        } else {
          context.set(this.loopvars[0] ?? "", item);
          out += this.nodelist_loop.render(context);
        }
      });
      return out;
    });
  }
}

library.tag("for", (parser, token) => {
  const bits = token.split_contents();
  if (bits.length < 4) throw parser.error(token, `'for' statements should have at least four words: ${token.contents}`);
  const is_reversed = bits[bits.length - 1] === "reversed";
  const inIndex = bits.length - (is_reversed ? 3 : 2);
  if (bits[inIndex] !== "in") throw parser.error(token, `'for' statements should use the format 'for x in y': ${token.contents}`);
  const loopvars = bits.slice(1, inIndex).join(" ").split(/ *, */);
  if (loopvars.some((v) => !v || /[ "'|]/.test(v))) throw parser.error(token, `'for' tag received an invalid argument: ${token.contents}`);
  const sequence = parser.compile_filter(bits[inIndex + 1] ?? "");
  const nodelist_loop = parser.parse(["empty", "endfor"]);
  let nodelist_empty = new NodeList();
  if (parser.next_token().contents === "empty") {
    nodelist_empty = parser.parse(["endfor"]);
    parser.delete_first_token();
  }
  return new ForNode(loopvars, sequence, is_reversed, nodelist_loop, nodelist_empty);
});

class IfNode extends Node {
  constructor(readonly conditions_nodelists: [Condition | null, NodeList][]) {
    super();
    this.child_nodelists = conditions_nodelists.map(([, nodelist]) => nodelist);
  }

  render(context: Context): string {
    for (const [condition, nodelist] of this.conditions_nodelists) {
      let match: unknown = true;
      if (condition) {
        try {
          match = condition.eval(context);
        } catch (error) {
          if (!(error instanceof VariableDoesNotExist)) throw error;
          match = null;
        }
      }
      if (truthy(match)) return nodelist.render(context);
    }
    return "";
  }
}

library.tag("if", (parser, token) => {
  const condition = (t: Token): Condition => {
    try {
      return new IfParser(t.split_contents().slice(1), (text) => parser.compile_filter(text), (expression, context) =>
        expression.resolve(context, "", true),
      ).parse();
    } catch (error) {
      if (error instanceof TemplateSyntaxError && error.lineno === undefined) throw parser.error(t, error.message);
      throw error;
    }
  };
  const branches: [Condition | null, NodeList][] = [[condition(token), parser.parse(["elif", "else", "endif"])]];
  let next = parser.next_token();
  while (next.contents.startsWith("elif")) {
    branches.push([condition(next), parser.parse(["elif", "else", "endif"])]);
    next = parser.next_token();
  }
  if (next.contents === "else") {
    branches.push([null, parser.parse(["endif"])]);
    next = parser.next_token();
  }
  if (next.contents !== "endif") throw parser.error(next, `Malformed template tag at line ${next.lineno}: "${next.contents}"`);
  return new IfNode(branches);
});

class UrlNode extends Node {
  constructor(
    readonly view_name: FilterExpression,
    readonly args: FilterExpression[],
    readonly kwargs: Record<string, FilterExpression>,
    readonly asvar?: string,
  ) {
    super();
  }

  render(context: Context): string {
    const args = this.args.map((a) => resolve(this, a, context));
    const kwargs = Object.fromEntries(Object.entries(this.kwargs).map(([k, v]) => [k, resolve(this, v, context)]));
    const name = String(resolve(this, this.view_name, context));
    let url = "";
    try {
      url = reverse(name, args.length ? { args } : { kwargs });
    } catch (error) {
      if (!(error instanceof NoReverseMatch) || this.asvar === undefined) throw error;
    }
    if (this.asvar !== undefined) {
      context.set(this.asvar, url);
      return "";
    }
    return context.autoescape ? conditional_escape(url).toString() : url;
  }
}

library.tag("url", (parser, token) => {
  let bits = token.split_contents();
  if (bits.length < 2) throw parser.error(token, `'${bits[0]}' takes at least one argument, a URL pattern name.`);
  const view_name = parser.compile_filter(bits[1] ?? "");
  bits = bits.slice(2);
  let asvar: string | undefined;
  if (bits.length >= 2 && bits[bits.length - 2] === "as") {
    asvar = bits[bits.length - 1];
    bits = bits.slice(0, -2);
  }
  const args: FilterExpression[] = [];
  const kwargs: Record<string, FilterExpression> = {};
  for (const bit of bits) {
    const m = KWARG.exec(bit);
    if (!m) throw parser.error(token, "Malformed arguments to url tag");
    if (m[1]) kwargs[m[1]] = parser.compile_filter(m[2] ?? "");
    else args.push(parser.compile_filter(m[2] ?? ""));
  }
  return new UrlNode(view_name, args, kwargs, asvar);
});

class CommentNode extends Node {
  render(): string {
    return "";
  }
}

library.tag("comment", (parser) => {
  parser.skip_past("endcomment");
  return new CommentNode();
});

class WithNode extends Node {
  constructor(
    readonly extra_context: Record<string, FilterExpression>,
    readonly nodelist: NodeList,
  ) {
    super();
    this.child_nodelists = [nodelist];
  }
  render(context: Context): string {
    const values = Object.fromEntries(Object.entries(this.extra_context).map(([k, v]) => [k, resolve(this, v, context)]));
    return context.push(values, () => this.nodelist.render(context));
  }
}

library.tag("with", (parser, token) => {
  const bits = token.split_contents();
  const remaining = bits.slice(1);
  const extra = token_kwargs(remaining, parser, true);
  if (!Object.keys(extra).length) throw parser.error(token, `'${bits[0]}' expected at least one variable assignment`);
  if (remaining.length) throw parser.error(token, `'${bits[0]}' received an invalid token: '${remaining[0]}'`);
  const nodelist = parser.parse(["endwith"]);
  parser.delete_first_token();
  return new WithNode(extra, nodelist);
});

class VerbatimNode extends Node {
  constructor(readonly content: string) {
    super();
  }
  render(): string {
    return this.content;
  }
}

library.tag("verbatim", (parser) => {
  const nodelist = parser.parse(["endverbatim"]);
  parser.delete_first_token();
  return new VerbatimNode(nodelist.render(new Context()));
});

class SpacelessNode extends Node {
  constructor(readonly nodelist: NodeList) {
    super();
    this.child_nodelists = [nodelist];
  }
  render(context: Context): string {
    return this.nodelist.render(context).trim().replace(/>\s+</g, "><");
  }
}

library.tag("spaceless", (parser) => {
  const nodelist = parser.parse(["endspaceless"]);
  parser.delete_first_token();
  return new SpacelessNode(nodelist);
});

class FirstOfNode extends Node {
  constructor(
    readonly vars: FilterExpression[],
    readonly asvar?: string,
  ) {
    super();
  }
  render(context: Context): string {
    let first: string | SafeString = "";
    for (const v of this.vars) {
      const value = resolve(this, v, context, true);
      if (truthy(value)) {
        first = mark_safe(render_value_in_context(value, context));
        break;
      }
    }
    if (this.asvar !== undefined) {
      context.set(this.asvar, first);
      return "";
    }
    return first.toString();
  }
}

library.tag("firstof", (parser, token) => {
  let bits = token.split_contents().slice(1);
  let asvar: string | undefined;
  if (!bits.length) throw parser.error(token, "'firstof' statement requires at least one argument");
  if (bits.length >= 2 && bits[bits.length - 2] === "as") {
    asvar = bits[bits.length - 1];
    bits = bits.slice(0, -2);
  }
  return new FirstOfNode(bits.map((b) => parser.compile_filter(b)), asvar);
});

class NowNode extends Node {
  constructor(
    readonly format: string,
    readonly asvar?: string,
  ) {
    super();
  }
  render(context: Context): string {
    const text = formatDate(new Date(), this.format);
    if (this.asvar !== undefined) {
      context.set(this.asvar, text);
      return "";
    }
    return text;
  }
}

library.tag("now", (parser, token) => {
  const bits = token.split_contents();
  let asvar: string | undefined;
  if (bits.length === 4 && bits[2] === "as") {
    asvar = bits[3];
    bits.splice(2);
  }
  if (bits.length !== 2) throw parser.error(token, "'now' statement takes one argument");
  return new NowNode((bits[1] ?? "").slice(1, -1), asvar);
});

class AutoEscapeControlNode extends Node {
  constructor(
    readonly setting: boolean,
    readonly nodelist: NodeList,
  ) {
    super();
    this.child_nodelists = [nodelist];
  }
  render(context: Context): string {
    const old = context.autoescape;
    context.autoescape = this.setting;
    try {
      return this.nodelist.render(context);
    } finally {
      context.autoescape = old;
    }
  }
}

library.tag("autoescape", (parser, token) => {
  const args = token.contents.split(/\s+/);
  if (args.length !== 2) throw parser.error(token, "'autoescape' tag requires exactly one argument.");
  if (args[1] !== "on" && args[1] !== "off") throw parser.error(token, "'autoescape' argument should be 'on' or 'off'");
  const nodelist = parser.parse(["endautoescape"]);
  parser.delete_first_token();
  return new AutoEscapeControlNode(args[1] === "on", nodelist);
});

library.tag("load", (parser, token) => {
  const bits = token.contents.split(/\s+/);
  const libraries = parser.template.engine.libraries;
  const find = (name: string): Library => {
    const lib = libraries[name];
    if (!lib) throw parser.error(token, `'${name}' is not a registered tag library. Must be one of:\n${Object.keys(libraries).sort().join("\n")}`);
    return lib;
  };
  if (bits.length >= 4 && bits[bits.length - 2] === "from") {
    // `{% load tag filter from library %}` adds only those names.
    const label = bits[bits.length - 1] ?? "";
    const lib = find(label);
    const subset = new Library();
    for (const name of bits.slice(1, -2)) {
      const tag = lib.tags.get(name);
      const filter = lib.filters.get(name);
      if (!tag && !filter) throw parser.error(token, `'${name}' is not a valid tag or filter in tag library '${label}'`);
      if (tag) subset.tags.set(name, tag);
      if (filter) subset.filters.set(name, filter);
    }
    parser.add_library(subset);
  } else {
    for (const name of bits.slice(1)) parser.add_library(find(name));
  }
  return new CommentNode();
});

const TEMPLATETAGS: Record<string, string> = {
  openblock: "{%", closeblock: "%}", openvariable: "{{", closevariable: "}}",
  openbrace: "{", closebrace: "}", opencomment: "{#", closecomment: "#}",
};

library.tag("templatetag", (parser, token) => {
  const bits = token.contents.split(/\s+/);
  if (bits.length !== 2) throw parser.error(token, "'templatetag' statement takes one argument");
  const text = TEMPLATETAGS[bits[1] ?? ""];
  if (text === undefined) {
    throw parser.error(token, `Invalid templatetag argument: '${bits[1]}'. Must be one of: [${Object.keys(TEMPLATETAGS).map((k) => `'${k}'`).join(", ")}]`);
  }
  return new TextNode(text);
});

registerCycleTags(library);
registerMiscTags(library);

/** Built-in tags that stand alone (Django's defaulttags.py): filter, widthratio, lorem, csrf_token. */
import { paragraphs, words } from "../utils/lorem_ipsum";
import { pystr } from "../utils/pyrepr";
import type { Context } from "./context";
import { TemplateSyntaxError } from "./exceptions";
import type { Library } from "./library";
import { Node, type NodeList, resolve } from "./nodes";
import { escape, mark_safe } from "./safestring";
import type { FilterExpression } from "./variable";

class FilterNode extends Node {
  constructor(
    readonly filter_expr: FilterExpression,
    readonly nodelist: NodeList,
  ) {
    super();
    this.child_nodelists = [nodelist];
  }
  render(context: Context): string {
    const output = mark_safe(this.nodelist.render(context));
    return context.push({ var: output }, () => pystr(resolve(this, this.filter_expr, context)));
  }
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/** Python's float() of a template value, or undefined when it has none. */
function pyFloat(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return Number(value);
  const text = pystr(value).trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
  if (/^[-+]?(inf|infinity|nan)$/i.test(text)) return Number(text.replace(/inf(inity)?/i, "Infinity").replace(/nan/i, "NaN"));
  return undefined;
}

class WidthRatioNode extends Node {
  constructor(
    readonly val_expr: FilterExpression,
    readonly max_expr: FilterExpression,
    readonly max_width: FilterExpression,
    readonly asvar?: string,
  ) {
    super();
  }
  render(context: Context): string {
    const maxValue = resolve(this, this.max_expr, context);
    const width = resolve(this, this.max_width, context);
    const maxWidth = typeof width === "number" ? Math.trunc(width) : /^\s*[-+]?\d+\s*$/.test(pystr(width)) ? Number.parseInt(pystr(width), 10) : undefined;
    if (maxWidth === undefined) throw new TemplateSyntaxError("widthratio final argument must be a number");
    const value = pyFloat(resolve(this, this.val_expr, context));
    const max = pyFloat(maxValue);
    let result = "";
    if (value !== undefined && max !== undefined) {
      if (max === 0) result = "0";
      else {
        const ratio = (value / max) * maxWidth;
        result = Number.isFinite(ratio) ? String(pyRound(ratio)) : "";
      }
    }
    if (this.asvar !== undefined) {
      context.set(this.asvar, result);
      return "";
    }
    return result;
  }
}

class LoremNode extends Node {
  constructor(
    readonly count: FilterExpression,
    readonly method: string,
    readonly common: boolean,
  ) {
    super();
  }
  render(context: Context): string {
    const value = resolve(this, this.count, context);
    const count = typeof value === "number" ? Math.trunc(value) : /^\s*[-+]?\d+\s*$/.test(pystr(value)) ? Number.parseInt(pystr(value), 10) : 1;
    if (this.method === "w") return words(count, this.common);
    let paras = paragraphs(count, this.common);
    if (this.method === "p") paras = paras.map((p) => `<p>${p}</p>`);
    return paras.join("\n\n");
  }
}

/** `{% csrf_token %}`: the hidden input from the context's `csrf_token`, as Django's CsrfTokenNode. */
class CsrfTokenNode extends Node {
  render(context: Context): string {
    const token = context.get("csrf_token");
    if (!token || token === "NOTPROVIDED") return "";
    return `<input type="hidden" name="csrfmiddlewaretoken" value="${escape(token).toString()}">`;
  }
}

/** Registers filter, widthratio, lorem and csrf_token on the built-in tag library. */
export function registerMiscTags(library: Library): void {
  library.tag("filter", (parser, token) => {
    const rest = token.contents.replace(/^\S+\s*/, "");
    const filter_expr = parser.compile_filter(`var|${rest}`);
    for (const { filter } of filter_expr.filters) {
      if (filter.name === "escape" || filter.name === "safe") {
        throw parser.error(token, `"filter ${filter.name}" is not permitted.  Use the "autoescape" tag instead.`);
      }
    }
    const nodelist = parser.parse(["endfilter"]);
    parser.delete_first_token();
    return new FilterNode(filter_expr, nodelist);
  });

  library.tag("widthratio", (parser, token) => {
    const bits = token.split_contents();
    let asvar: string | undefined;
    if (bits.length === 6) {
      if (bits[4] !== "as") throw parser.error(token, "Invalid syntax in widthratio tag. Expecting 'as' keyword");
      asvar = bits[5];
    } else if (bits.length !== 4) {
      throw parser.error(token, "widthratio takes at least three arguments");
    }
    const [, value = "", max = "", width = ""] = bits;
    return new WidthRatioNode(parser.compile_filter(value), parser.compile_filter(max), parser.compile_filter(width), asvar);
  });

  library.tag("lorem", (parser, token) => {
    const bits = token.split_contents();
    const tagname = bits[0];
    const common = bits[bits.length - 1] !== "random";
    if (!common) bits.pop();
    const method = ["w", "p", "b"].includes(bits[bits.length - 1] ?? "") ? (bits.pop() as string) : "b";
    const count = bits.length > 1 ? (bits.pop() as string) : "1";
    if (bits.length !== 1) throw parser.error(token, `Incorrect format for '${tagname}' tag`);
    return new LoremNode(parser.compile_filter(count), method, common);
  });

  library.tag("csrf_token", () => new CsrfTokenNode());
}

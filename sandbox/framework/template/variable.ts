/**
 * Variables and filter expressions, as in Django's template/base.py: `book.author.name`,
 * `"literal"`, `3.5`, and `value|default:"none"|upper`.
 */
import type { Context } from "./context";
import { TemplateSyntaxError, VariableDoesNotExist } from "./exceptions";
import type { Filter } from "./library";
import { isSafe, mark_safe } from "./safestring";
import { lookup } from "./lookup";

/** A variable or a literal: resolves against a Context. */
export class Variable {
  readonly literal: unknown = undefined;
  readonly lookups?: string[];
  /** Python's str() of a number literal (`1e3` is the float 1000.0), for `{{ 1e3 }}`. */
  readonly literal_text?: string;

  constructor(readonly text: string) {
    const number = parseNumber(text);
    if (number !== undefined) {
      this.literal = number;
      this.literal_text = /[.e]/i.test(text) ? floatRepr(number) : String(number);
    } else if (/^(["']).*\1$/s.test(text) && text.length >= 2) {
      this.literal = mark_safe(unescapeStringLiteral(text));
    } else if (/^_\(.*\)$/s.test(text)) {
      this.literal = mark_safe(unescapeStringLiteral(text.slice(2, -1)));
    } else {
      if (text.includes("._") || text.startsWith("_")) {
        throw new TemplateSyntaxError(`Variables and attributes may not begin with underscores: '${text}'`);
      }
      this.lookups = text.split(".");
    }
  }

  /** The value; throws VariableDoesNotExist for a failed lookup. */
  resolve(context: Context): unknown {
    if (!this.lookups) return this.literal;
    const [first = "", ...rest] = this.lookups;
    if (!context.has(first)) throw new VariableDoesNotExist(`Failed lookup for key [${first}]`);
    let current = context.get(first);
    current = callIfCallable(current, undefined);
    for (const bit of rest) current = lookup(current, bit);
    return current;
  }

  toString(): string {
    return this.text;
  }
}

/** Calls zero-argument functions found in a lookup, as Django calls callables. */
export function callIfCallable(value: unknown, self: unknown): unknown {
  if (typeof value !== "function") return value;
  const fn = value as ((this: unknown) => unknown) & { do_not_call_in_templates?: unknown; alters_data?: unknown };
  if (fn.do_not_call_in_templates) return value;
  if (fn.alters_data) throw new VariableDoesNotExist("alters_data");
  if (/^class[\s{]/.test(Function.prototype.toString.call(fn))) return value;
  return fn.call(self);
}

/** A number literal as Python's float() reads it; "5." is not one (Django reads it as a variable). */
function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) || text.endsWith(".")) return undefined;
  return Number(text);
}

/** Python's repr() of a float: `1000.0`, `0.5`, `1e+16`, `1e-05`. */
function floatRepr(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e16) return `${n}.0`;
  const text = (abs >= 1e16 || (abs > 0 && abs < 1e-4)) ? n.toExponential() : String(n);
  return text.replace(/e([-+])(\d)$/, "e$10$2");
}

function unescapeStringLiteral(text: string): string {
  const quote = text[0] ?? "";
  return text.slice(1, -1).replace(new RegExp(`\\\\${quote}`, "g"), quote).replace(/\\\\/g, "\\");
}

const CONSTANT = String.raw`_\("(?:[^"\\]|\\.)*"\)|_\('(?:[^'\\]|\\.)*'\)|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const NUM = String.raw`[-+.]?\d[\d.e]*`;
const FILTER_RE = new RegExp(
  String.raw`^(?<constant>${CONSTANT})|^(?<var>[\w.]+|${NUM})|(?:\s*\|\s*(?<filter_name>\w+)(?::(?:(?<constant_arg>${CONSTANT})|(?<var_arg>[\w.]+|${NUM})))?)`,
  "g",
);

/** Python function names where they differ from the filter's name, for messages. */
const FUNCTION_NAMES: Record<string, string> = { linebreaks: "linebreaks_filter" };

/** The filter as Python calls it with an argument in autoescape's place: a TypeError. */
function autoescapeClash(filter: Filter): Filter {
  const func = () => {
    throw new TypeError(`${FUNCTION_NAMES[filter.name] ?? filter.name}() got multiple values for argument 'autoescape'`);
  };
  return { ...filter, func };
}

/** Looks up a filter by name, for the parser. */
export type FilterFinder = (name: string) => Filter | undefined;

/** `var|filter:arg|...`, parsed once and resolved per render. */
export class FilterExpression {
  readonly var: Variable | unknown;
  readonly filters: { filter: Filter; arg?: Variable }[] = [];

  constructor(
    readonly token: string,
    findFilter: FilterFinder,
  ) {
    let variable: Variable | undefined;
    let upto = 0;
    FILTER_RE.lastIndex = 0;
    for (let m = FILTER_RE.exec(token); m; m = FILTER_RE.exec(token)) {
      if (m[0] === "") break;
      if (m.index !== upto) {
        throw new TemplateSyntaxError(
          `Could not parse some characters: ${token.slice(0, upto)}|${token.slice(upto, m.index)}|${token.slice(m.index)}`,
        );
      }
      const g = m.groups ?? {};
      if (variable === undefined) {
        const text = g["constant"] ?? g["var"];
        if (text === undefined) throw new TemplateSyntaxError(`Could not find variable at start of ${token}.`);
        variable = new Variable(text);
      } else {
        const name = g["filter_name"] ?? "";
        const filter = findFilter(name);
        if (!filter) throw new TemplateSyntaxError(`Invalid filter: '${name}'`);
        const argText = g["constant_arg"] ?? g["var_arg"];
        const arg = argText === undefined ? undefined : new Variable(argText);
        const provided = arg ? 2 : 1;
        // A filter taking only autoescape accepts the argument at parse time, as Python's signature does, and fails when called.
        const clash = filter.arg === false && arg !== undefined && filter.needs_autoescape;
        if ((filter.arg === true && !arg) || (filter.arg === false && arg && !clash)) {
          throw new TemplateSyntaxError(`${name} requires ${filter.arg ? 2 : 1} arguments, ${provided} provided`);
        }
        this.filters.push(clash ? { filter: autoescapeClash(filter) } : arg ? { filter, arg } : { filter });
      }
      upto = m.index + m[0].length;
    }
    if (upto !== token.length) throw new TemplateSyntaxError(`Could not parse the remainder: '${token.slice(upto)}' from '${token}'`);
    this.var = variable;
  }

  /**
   * Resolves the variable and applies the filters. A failed lookup gives
   * `string_if_invalid` (unfiltered when set, as in Django), or null with ignoreFailures.
   */
  resolve(context: Context, string_if_invalid: string, ignoreFailures = false): unknown {
    let value: unknown;
    try {
      value = (this.var as Variable).resolve(context);
    } catch (error) {
      if (!(error instanceof VariableDoesNotExist)) throw error;
      if (ignoreFailures) value = null;
      else if (string_if_invalid) return string_if_invalid.includes("%s") ? string_if_invalid.replace("%s", String(this.var)) : string_if_invalid;
      else value = string_if_invalid;
    }
    for (const { filter, arg } of this.filters) {
      const argValue = arg?.resolve(context);
      const result = filter.func(value, argValue, context.autoescape);
      value = filter.is_safe && isSafe(value) ? mark_safe(result) : result;
    }
    return value;
  }

  /** True when the expression is a plain variable or literal with no filters. */
  get is_var(): boolean {
    return this.filters.length === 0;
  }
}

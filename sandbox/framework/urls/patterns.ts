/**
 * The two kinds of URL pattern, as in Django's urls/resolvers.py: RoutePattern for
 * `path("<int:pk>/")` and RegexPattern for `re_path("^(?P<pk>[0-9]+)/$")`. Each knows
 * how to match the front of a path and how to be reversed from its parts.
 */
import { ImproperlyConfigured } from "../core/exceptions";
import { get_converter, type Converter } from "./converters";

/** A captured parameter in a pattern, converted by `converter` (re_path groups have none). */
export interface RouteParam {
  name: string;
  converter?: Converter;
}

/** Literal text or a parameter: what reverse() substitutes into. */
export type RoutePart = string | RouteParam;

export interface PatternMatch {
  /** The rest of the path after the matched front. */
  rest: string;
  args: string[];
  kwargs: Record<string, unknown>;
}

export interface Pattern {
  /** The pattern as written: `"<int:pk>/"`. */
  toString(): string;
  /** The Python-style regex Django builds, without "^", for messages: `(?P<pk>[0-9]+)/\Z`. */
  readonly regexSource: string;
  readonly parts: readonly RoutePart[];
  match(path: string): PatternMatch | null;
}

// Python's re.escape, so messages show Django's regexes.
const PY_SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");
function pyEscape(text: string): string {
  return [...text].map((c) => (PY_SPECIAL.has(c) ? "\\" + c : c)).join("");
}

/** Python regex syntax to JavaScript: named groups and the end-of-string anchor. */
export function toJsRegex(source: string): RegExp {
  return new RegExp(source.replace(/\(\?P</g, "(?<").replace(/\\Z/g, "$"));
}

const PARAMETER = /<(?:([^>:]+):)?([^>]+)>/;

export class RoutePattern implements Pattern {
  readonly regexSource: string;
  readonly parts: RoutePart[] = [];
  private readonly regex: RegExp;

  constructor(
    private readonly route: string,
    isEndpoint: boolean,
  ) {
    let rest = route;
    let source = "";
    for (let m = PARAMETER.exec(rest); m; m = PARAMETER.exec(rest)) {
      if (/\s/.test(m[0])) {
        throw new ImproperlyConfigured(`URL route '${route}' cannot contain whitespace in angle brackets <…>.`);
      }
      const [, converterName = "str", name = ""] = m;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        throw new ImproperlyConfigured(`URL route '${route}' uses parameter name '${name}' which isn't a valid identifier.`);
      }
      const converter = get_converter(converterName);
      if (!converter) {
        throw new ImproperlyConfigured(
          `URL route '${route}' uses invalid converter '${converterName}'. Use int, str, slug, uuid or path, or register_converter() your own.`,
        );
      }
      const literal = rest.slice(0, m.index);
      if (literal) this.parts.push(literal);
      this.parts.push({ name, converter });
      source += pyEscape(literal) + `(?P<${name}>${converter.regex})`;
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) this.parts.push(rest);
    this.regexSource = source + pyEscape(rest) + (isEndpoint ? "\\Z" : "");
    this.regex = toJsRegex("^" + this.regexSource);
  }

  match(path: string): PatternMatch | null {
    const m = this.regex.exec(path);
    if (!m) return null;
    const kwargs: Record<string, unknown> = {};
    for (const part of this.parts) {
      if (typeof part === "string" || !part.converter) continue;
      kwargs[part.name] = part.converter.to_python(m.groups?.[part.name] ?? "");
    }
    return { rest: path.slice(m[0].length), args: [], kwargs };
  }

  toString(): string {
    return this.route;
  }
}

export class RegexPattern implements Pattern {
  readonly regexSource: string;
  readonly parts: RoutePart[];
  private readonly regex: RegExp;

  constructor(private readonly source: string) {
    this.regexSource = source.startsWith("^") ? source.slice(1) : source;
    try {
      this.regex = toJsRegex(source);
    } catch (error) {
      throw new ImproperlyConfigured(`re_path() regex '${source}' is not valid: ${(error as Error).message}`);
    }
    this.parts = regexParts(this.regexSource);
  }

  match(path: string): PatternMatch | null {
    const m = this.regex.exec(path);
    if (!m || m.index !== 0) return null;
    const kwargs: Record<string, unknown> = { ...m.groups };
    // As in Django: with any named group, unnamed groups are not passed.
    const args = Object.keys(kwargs).length ? [] : m.slice(1).map((g) => g ?? "");
    return { rest: path.slice(m[0].length), args, kwargs };
  }

  toString(): string {
    return this.source;
  }
}

/** Splits a regex into literal text and named groups, for reverse(). */
function regexParts(source: string): RoutePart[] {
  const parts: RoutePart[] = [];
  let literal = "";
  let i = 0;
  const body = source.replace(/(\$|\\Z)$/, "");
  while (i < body.length) {
    const group = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(body.slice(i));
    if (group) {
      if (literal) parts.push(literal);
      literal = "";
      parts.push({ name: group[1] ?? "" });
      let depth = 1;
      i += group[0].length;
      for (; i < body.length && depth > 0; i++) {
        if (body[i] === "\\") i++;
        else if (body[i] === "(") depth++;
        else if (body[i] === ")") depth--;
      }
    } else if (body[i] === "\\" && i + 1 < body.length) {
      literal += body[i + 1];
      i += 2;
    } else {
      literal += body[i];
      i++;
    }
  }
  if (literal) parts.push(literal);
  return parts;
}

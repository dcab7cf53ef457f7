/**
 * reverse(): from a view name ("books:detail") and arguments back to a URL, following
 * Django's rules: namespaces first, then the last matching pattern whose parameters fit.
 */
import { pyrepr, reprTuple } from "../utils/pyrepr";
import { NoReverseMatch } from "./exceptions";
import { toJsRegex, type RoutePart } from "./patterns";
import { URLPattern, URLResolver, type View } from "./resolvers";

/** Arguments for reverse(): positional `args` or keyword `kwargs`, never both. */
export interface ReverseOptions {
  args?: readonly unknown[];
  kwargs?: Record<string, unknown>;
}

interface Prefix {
  parts: RoutePart[];
  regex: string;
}

interface Candidate extends Prefix {
  defaults: Record<string, unknown>;
}

/** Reverses `viewname` (a name, "ns:name", or a view function) against a root resolver. */
export function reverseWith(root: URLResolver, viewname: string | View, options: ReverseOptions = {}): string {
  const args = options.args ?? [];
  const kwargs = options.kwargs ?? {};
  if (args.length && Object.keys(kwargs).length) throw new Error("Don't mix args and kwargs in call to reverse()!");
  let resolver = root;
  let prefix: Prefix = { parts: [], regex: "" };
  let view: string | View = viewname;
  if (typeof viewname === "string") {
    const path = viewname.split(":");
    view = path.pop() ?? "";
    const resolved: string[] = [];
    for (const ns of path) {
      const found = findNamespace(resolver, ns);
      if (!found) {
        throw new NoReverseMatch(
          resolved.length ? `'${ns}' is not a registered namespace inside '${resolved.join(":")}'` : `'${ns}' is not a registered namespace`,
        );
      }
      resolved.push(ns);
      resolver = found.resolver;
      prefix = { parts: [...prefix.parts, ...found.parts], regex: prefix.regex + found.regex };
    }
  }
  const candidates = collect(resolver, view, prefix).reverse();
  for (const candidate of candidates) {
    const url = substitute(candidate, args, kwargs);
    if (url !== undefined) return url;
  }
  const shown = typeof view === "string" ? view : view.name;
  if (!candidates.length) {
    throw new NoReverseMatch(`Reverse for '${shown}' not found. '${shown}' is not a valid view function or pattern name.`);
  }
  const argMessage = args.length
    ? `arguments '${reprTuple(args)}'`
    : Object.keys(kwargs).length
      ? `keyword arguments '${pyrepr(kwargs)}'`
      : "no arguments";
  throw new NoReverseMatch(
    `Reverse for '${shown}' with ${argMessage} not found. ${candidates.length} pattern(s) tried: ${pyrepr(candidates.map((c) => c.regex))}`,
  );
}

/** Every endpoint under `resolver` (through includes without a namespace) that `view` names. */
function collect(resolver: URLResolver, view: string | View, prefix: Prefix, out: Candidate[] = []): Candidate[] {
  for (const entry of resolver.url_patterns) {
    const here = { parts: [...prefix.parts, ...entry.pattern.parts], regex: prefix.regex + entry.pattern.regexSource };
    if (entry instanceof URLPattern) {
      if (entry.name === view || entry.callback === view) out.push({ ...here, defaults: entry.default_args });
    } else if (!entry.namespace) {
      collect(entry, view, here, out);
    }
  }
  return out;
}

interface Found extends Prefix {
  resolver: URLResolver;
}

/** The resolver for instance namespace `ns`, or else the last instance of application `ns`. */
function findNamespace(resolver: URLResolver, ns: string): Found | undefined {
  const all: Found[] = [];
  const walk = (current: URLResolver, prefix: Prefix): void => {
    for (const entry of current.url_patterns) {
      if (!(entry instanceof URLResolver)) continue;
      const here = { parts: [...prefix.parts, ...entry.pattern.parts], regex: prefix.regex + entry.pattern.regexSource };
      if (entry.namespace) all.push({ ...here, resolver: entry });
      else walk(entry, here);
    }
  };
  walk(resolver, { parts: [], regex: "" });
  return all.find((f) => f.resolver.namespace === ns) ?? all.filter((f) => f.resolver.app_name === ns).pop();
}

function substitute(candidate: Candidate, args: readonly unknown[], kwargs: Record<string, unknown>): string | undefined {
  const params = candidate.parts.filter((p) => typeof p !== "string");
  const values: Record<string, unknown> = {};
  if (args.length) {
    if (args.length !== params.length) return undefined;
    params.forEach((p, i) => (values[p.name] = args[i]));
  } else {
    const names = new Set(params.map((p) => p.name));
    const given = Object.keys(kwargs);
    const missingOrExtra = [...given.filter((k) => !names.has(k)), ...[...names].filter((k) => !(k in kwargs))];
    if (missingOrExtra.some((k) => !(k in candidate.defaults))) return undefined;
    if (Object.entries(candidate.defaults).some(([k, v]) => k in kwargs && kwargs[k] !== v)) return undefined;
    Object.assign(values, kwargs);
  }
  let text = "";
  for (const part of candidate.parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    try {
      text += part.converter ? part.converter.to_url(values[part.name]) : String(values[part.name]);
    } catch {
      return undefined;
    }
  }
  if (!toJsRegex("^" + candidate.regex).test(text)) return undefined;
  const url = "/" + quote(text);
  return url.startsWith("//") ? "/%2F" + url.slice(2) : url;
}

/** Python's `quote(text, safe="!$&'()*+,;=/~:@")`. */
function quote(text: string): string {
  return encodeURIComponent(text).replace(/%(24|26|2B|2C|3B|3D|2F|3A|40)/gi, (m) => decodeURIComponent(m));
}

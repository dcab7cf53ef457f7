/**
 * `{% load static %}` (Django: templatetags/static.py): `{% static "css/site.css" %}` is the
 * file's URL under STATIC_URL (`{% static path as url %}` stores it instead), and
 * `{% get_static_prefix %}` / `{% get_media_prefix %}` are STATIC_URL and MEDIA_URL.
 */
import { settings } from "../../conf/settings";
import { pystr } from "../../utils/pyrepr";
import type { Context } from "../context";
import { Library } from "../library";
import { Node, resolve } from "../nodes";
import { conditional_escape } from "../safestring";
import type { FilterExpression } from "../variable";

const library = new Library();
export default library;

/** Python's urllib.parse.quote(text, safe="/"): UTF-8, percent-encoding all but letters, digits, "_.-~/". */
export function quote(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.\-~/]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * Python's urllib.parse.urljoin(base, url) for what the static tag joins: a settings prefix
 * (a path such as "/static/", or "https://cdn.example.com/static/") and a quoted path.
 */
export function urljoin(base: string, url: string): string {
  if (!base) return url;
  if (!url) return base;
  const m = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?(.*)$/i.exec(base);
  const scheme = m?.[1] ?? "";
  const netloc = m?.[2] ?? "";
  const bpath = (m?.[3] ?? "").replace(/[?#].*$/, "");
  if (url.startsWith("//")) return scheme + url;
  const base_parts = bpath.split("/");
  if (base_parts[base_parts.length - 1] !== "") base_parts.pop();
  let segments: string[];
  if (url.startsWith("/")) {
    segments = url.split("/");
  } else {
    segments = [...base_parts, ...url.split("/")];
    // As Python: no empty segments in the middle, so "a//b" joins as "a/b".
    segments = [segments[0] ?? "", ...segments.slice(1, -1).filter(Boolean), ...(segments.length > 1 ? [segments[segments.length - 1] ?? ""] : [])];
  }
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== ".") resolved.push(segment);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return `${scheme}${netloc}${resolved.join("/") || "/"}`;
}

/** A settings prefix as Django's PrefixNode.handle_simple reads it ("" when unset). */
function prefix(name: "STATIC_URL" | "MEDIA_URL"): string {
  const value = settings[name];
  return value === null || value === undefined ? "" : pystr(value);
}

/** The URL of a static file, as Django's StaticNode.handle_simple without the staticfiles app. */
export function static_url(path: string): string {
  return urljoin(prefix("STATIC_URL"), quote(path));
}

class PrefixNode extends Node {
  constructor(readonly name: "STATIC_URL" | "MEDIA_URL", readonly varname: string | undefined) {
    super();
  }

  render(context: Context): string {
    const value = prefix(this.name);
    if (this.varname === undefined) return value;
    context.set(this.varname, value);
    return "";
  }
}

class StaticNode extends Node {
  constructor(readonly path: FilterExpression, readonly varname: string | undefined) {
    super();
  }

  render(context: Context): string {
    const url = static_url(pystr(resolve(this, this.path, context)));
    const shown = context.autoescape ? conditional_escape(url).toString() : url;
    if (this.varname === undefined) return shown;
    context.set(this.varname, shown);
    return "";
  }
}

for (const [tag, name] of [["get_static_prefix", "STATIC_URL"], ["get_media_prefix", "MEDIA_URL"]] as const) {
  library.tag(tag, (parser, token) => {
    const bits = token.split_contents();
    if (bits.length > 1 && bits[1] !== "as") throw parser.error(token, `First argument in '${tag}' must be 'as'`);
    return new PrefixNode(name, bits.length > 1 ? bits[2] : undefined);
  });
}

library.tag("static", (parser, token) => {
  const bits = token.split_contents();
  if (bits.length < 2) throw parser.error(token, "'static' takes at least one argument (path to file)");
  const as_var = bits.length >= 4 && bits[bits.length - 2] === "as";
  return new StaticNode(parser.compile_filter(bits[1] ?? ""), as_var ? bits[bits.length - 1] : undefined);
});

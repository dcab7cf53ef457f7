/** HTML helpers, as in Django's utils/html.py: format_html, urlize, json_script, unescape, quoting. */
import { ValueError } from "../core/exceptions";
import { conditional_escape, escape, isSafe, mark_safe, type SafeString } from "../template/safestring";

/**
 * Python's str.format for the fields format_html takes: `{}` (the next argument), `{0}`,
 * `{name}` (from the last argument, an object of named values), and `{{`/`}}` for braces.
 */
function str_format(format_string: string, args: unknown[], kwargs: Record<string, unknown>): string {
  let next = 0;
  let numbering: "auto" | "manual" | undefined;
  return format_string.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field: string | undefined) => {
    if (field === undefined) return match[0]!;
    if (field.includes(":") || field.includes("!")) throw new ValueError(`format_html does not take a conversion or format spec: '${match}'.`);
    if (field === "" || /^\d+$/.test(field)) {
      const mode = field === "" ? "auto" : "manual";
      if (numbering && numbering !== mode) throw new ValueError(mode === "auto" ? "cannot switch from manual field specification to automatic field numbering" : "cannot switch from automatic field numbering to manual field specification");
      numbering = mode;
      const index = field === "" ? next++ : Number(field);
      if (index >= args.length) throw new RangeError(`Replacement index ${index} out of range for positional args tuple`);
      return String(args[index]);
    }
    if (!Object.hasOwn(kwargs, field)) throw new RangeError(`KeyError: '${field}'`);
    return String(kwargs[field]);
  });
}

/**
 * Django's format_html: builds HTML with every argument escaped (unless already safe) and
 * marks the result safe. `format_html("<a href=\"{}\">{}</a>", url, title)`, or with names
 * from an object: `format_html("<b>{name}</b>", { name })`.
 */
export function format_html(format_string: string, ...args: unknown[]): SafeString {
  const last = args[args.length - 1];
  const named = /\{[A-Za-z_]/.test(format_string) && typeof last === "object" && last !== null && Object.getPrototypeOf(last) === Object.prototype;
  const positional = (named ? args.slice(0, -1) : args).map((arg) => conditional_escape(arg));
  const kwargs = named ? Object.fromEntries(Object.entries(last as Record<string, unknown>).map(([k, v]) => [k, conditional_escape(v)])) : {};
  return mark_safe(str_format(format_string, positional, kwargs));
}

/**
 * Django's format_html_join: format_html on each item's arguments (an array, or an object of
 * named values), joined by the escaped `sep`. `format_html_join("\n", "<li>{} {}</li>", users.map((u) => [u.first_name, u.last_name]))`.
 */
export function format_html_join(sep: string, format_string: string, args_generator: Iterable<unknown[] | Record<string, unknown>>): SafeString {
  const parts = [...args_generator].map((args) => format_html(format_string, ...(Array.isArray(args) ? args : [args])).toString());
  return mark_safe(parts.join(conditional_escape(sep).toString()));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Python's html.unescape for named and numeric character references. */
export function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** Python's urllib.parse.quote(text, safe): UTF-8 bytes, unreserved and `safe` kept. */
export function quote(text: string, safe = "/"): string {
  let out = "";
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9_.~-]/.test(c) || (b < 128 && safe.includes(c)) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function unquote(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const quotePlus = (text: string) => quote(text, " ").replace(/ /g, "+");

/** Quotes a URL unless it is already quoted (Django's smart_urlquote). */
export function smart_urlquote(url: string): string {
  const unquoteQuote = (segment: string) => quote(unquote(segment), "!$&'()*+,;=:/?#[]@~");
  const m = /^([^:/?#]+:)?(\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(url);
  if (!m) return unquoteQuote(url);
  const [, scheme = "", netloc = "", path = "", query, fragment] = m;
  let out = scheme + netloc + unquoteQuote(path);
  if (query) {
    const pairs = query.split(/[&;]/).filter(Boolean).map((p) => {
      const [k = "", v = ""] = p.split(/=(.*)/s);
      return `${quotePlus(unquote(k.replace(/\+/g, " ")))}=${quotePlus(unquote(v.replace(/\+/g, " ")))}`;
    });
    out += "?" + pairs.join("&");
  }
  if (fragment) out += "#" + unquoteQuote(fragment);
  return out;
}

const WRAPPING: [string, string][] = [["(", ")"], ["[", "]"]];
const SIMPLE_URL = /^https?:\/\/\[?\w/i;
const SIMPLE_URL_2 = /^www\.|^(?!http)\w[^@]+\.(com|edu|gov|int|mil|net|org)($|\/.*)$/i;
const count = (text: string, sub: string) => text.split(sub).length - 1;

function trimPunctuation(word: string): [string, string, string] {
  let lead = "";
  let middle = word;
  let trail = "";
  let trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (const [opening, closing] of WRAPPING) {
      if (middle.startsWith(opening)) {
        middle = middle.slice(1);
        lead += opening;
        trimmed = true;
      }
      if (middle.endsWith(closing) && count(middle, closing) === count(middle, opening) + 1) {
        middle = middle.slice(0, -1);
        trail = closing + trail;
        trimmed = true;
      }
    }
    const unescaped = unescape(middle);
    const stripped = unescaped.replace(/[.,:;!]+$/, "");
    if (unescaped !== stripped) {
      trail = middle.slice(stripped.length) + trail;
      middle = middle.slice(0, stripped.length - unescaped.length);
      trimmed = true;
    }
  }
  return [lead, middle, trail];
}

function isEmailSimple(value: string): boolean {
  if (!value.includes("@") || value.startsWith("@") || value.endsWith("@")) return false;
  const parts = value.split("@");
  if (parts.length !== 2) return false;
  const domain = parts[1] ?? "";
  return domain.length <= 63 && domain.includes(".") && !domain.startsWith(".");
}

/** Turns URLs and email addresses in text into links (Django's urlize). */
export function urlize(text: unknown, options: { trim_url_limit?: number; nofollow?: boolean; autoescape?: boolean } = {}): string {
  const safeInput = isSafe(text);
  const { trim_url_limit: limit, nofollow = false, autoescape = false } = options;
  const trimUrl = (x: string) => (limit === undefined || [...x].length <= limit ? x : [...x].slice(0, Math.max(0, limit - 1)).join("") + "…");
  const words = String(text).split(/([\s<>"']+)/);
  return words
    .map((word) => {
      const plain = (): string => (safeInput ? word : autoescape ? escape(word).toString() : word);
      if (!word.includes(".") && !word.includes("@") && !word.includes(":")) return plain();
      let [lead, middle, trail] = trimPunctuation(word);
      let url: string | undefined;
      let rel = nofollow ? ' rel="nofollow"' : "";
      if (middle.length <= 2048 && SIMPLE_URL.test(middle)) url = smart_urlquote(unescape(middle));
      else if (middle.length <= 2048 && SIMPLE_URL_2.test(middle)) url = smart_urlquote("http://" + unescape(middle));
      else if (!middle.includes(":") && isEmailSimple(middle)) {
        url = "mailto:" + middle;
        rel = "";
      }
      if (!url) return plain();
      let trimmed = trimUrl(middle);
      if (autoescape && !safeInput) {
        lead = escape(lead).toString();
        trail = escape(trail).toString();
        trimmed = escape(trimmed).toString();
      }
      return `${lead}<a href="${escape(url).toString()}"${rel}>${trimmed}</a>${trail}`;
    })
    .join("");
}

const JSON_SCRIPT_ESCAPES: Record<string, string> = { ">": "\\u003E", "<": "\\u003C", "&": "\\u0026" };

/** Python's json.dumps: ", " and ": " separators, non-ASCII escaped. */
export function pyjson(value: unknown): string {
  const text = JSON.stringify(value, null, 1) ?? "null";
  return text
    .replace(/\n\s*/g, (m, offset: number) => (text[offset - 1] === "[" || text[offset - 1] === "{" || /^\n\s*[\]}]/.test(text.slice(offset, offset + m.length + 1)) ? "" : " "))
    .replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** A `<script type="application/json">` holding `value`, safe anywhere but in an attribute. */
export function json_script(value: unknown, element_id: string): SafeString {
  const json = pyjson(value).replace(/[<>&]/g, (c) => JSON_SCRIPT_ESCAPES[c] ?? c);
  return mark_safe(`<script id="${escape(element_id).toString()}" type="application/json">${json}</script>`);
}

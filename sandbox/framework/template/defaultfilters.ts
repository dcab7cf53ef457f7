/** The built-in filters, as in Django's template/defaultfilters.py. */
import { isPlainObject, pystr } from "../utils/pyrepr";
import { DATE_FORMAT, formatDate, TIME_FORMAT } from "./dateformat";
import { formatDecimal, isIntegral, parseDecimal, quantize } from "./decimal";
import { Library } from "./library";
import { pyGetItem, pyInt, pyLen, stringfilters, ValueError, ZeroDivisionError } from "./filterutils";
import { registerTextFilters } from "./defaultfilters_text";
import { lookup } from "./lookup";
import { strip_tags } from "./strip_tags";
import { pyCompare, toList, truthy } from "./pyvalues";
import { conditional_escape, escape, isSafe, mark_safe, SafeString } from "./safestring";

const library = new Library();
export default library;
const stringfilter = stringfilters(library);

// Strings
stringfilter("addslashes", (v) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/'/g, "\\'"), { is_safe: true });
stringfilter("capfirst", (v) => (v ? (v[0] ?? "").toUpperCase() + v.slice(1) : v), { is_safe: true });
stringfilter("lower", (v) => v.toLowerCase(), { is_safe: true });
stringfilter("upper", (v) => v.toUpperCase(), { is_safe: false });
stringfilter(
  "title",
  (v) =>
    v
      .replace(/\p{L}+/gu, (w) => (w[0] ?? "").toUpperCase() + w.slice(1).toLowerCase())
      .replace(/([a-z])'([A-Z])/g, (m) => m.toLowerCase())
      .replace(/\d([A-Z])/g, (m) => m.toLowerCase()),
  { is_safe: true },
);
library.filter(
  "cut",
  (value, arg) => {
    const result = pystr(value).split(pystr(arg)).join("");
    return isSafe(value) && pystr(arg) !== ";" ? mark_safe(result) : result;
  },
  { arg: true },
);
stringfilter(
  "slugify",
  (v) =>
    v
      .normalize("NFKD")
      .replace(/[\u0080-\uffff]/g, "")
      .toLowerCase()
      .replace(/[^\w\s-]/g, "")
      .replace(/[-\s]+/g, "-")
      .replace(/^[-_]+|[-_]+$/g, ""),
  { is_safe: true },
);
stringfilter("urlencode", (v, safe) => quote(v, safe === undefined ? "/" : pystr(safe)), { is_safe: false, arg: "optional" });
stringfilter("striptags", (v) => strip_tags(v), { is_safe: true });
stringfilter("wordcount", (v) => v.split(/\s+/).filter(Boolean).length, { is_safe: false });
stringfilter("make_list", (v) => [...v], { is_safe: false });
stringfilter("ljust", (v, arg) => v.padEnd(pyInt(arg)), { is_safe: true });
stringfilter("rjust", (v, arg) => v.padStart(pyInt(arg)), { is_safe: true });
stringfilter(
  "center",
  (v, arg) => {
    const width = pyInt(arg);
    const pad = width - v.length;
    if (pad <= 0) return v;
    const left = Math.floor(pad / 2) + (pad & width & 1);
    return " ".repeat(left) + v + " ".repeat(pad - left);
  },
  { is_safe: true },
);
stringfilter(
  "truncatechars",
  (v, arg) => {
    let length: number;
    try {
      length = pyInt(arg);
    } catch {
      return v;
    }
    const chars = [...v.normalize("NFC")];
    if (chars.length <= length) return v;
    return chars.slice(0, Math.max(0, length - 1)).join("") + "…";
  },
  { is_safe: true },
);
stringfilter(
  "truncatewords",
  (v, arg) => {
    let length: number;
    try {
      length = pyInt(arg);
    } catch {
      return v;
    }
    const words = v.split(/\s+/).filter(Boolean);
    return words.length > length ? words.slice(0, Math.max(0, length)).join(" ") + " …" : words.join(" ");
  },
  { is_safe: true },
);
library.filter(
  "linebreaksbr",
  (value, _arg, autoescape) => {
    const text = pystr(value).replace(/\r\n|\r/g, "\n");
    const escaped = autoescape && !isSafe(value) ? escape(text).toString() : text;
    return mark_safe(escaped.replace(/\n/g, "<br>"));
  },
  { is_safe: true, needs_autoescape: true, arg: false },
);
library.filter(
  "linebreaks",
  (value, _arg, autoescape) => {
    const paras = pystr(value).replace(/\r\n|\r/g, "\n").split(/\n{2,}/);
    const esc = autoescape && !isSafe(value);
    return mark_safe(paras.map((p) => `<p>${(esc ? escape(p).toString() : p).replace(/\n/g, "<br>")}</p>`).join("\n\n"));
  },
  { is_safe: true, needs_autoescape: true, arg: false },
);
library.filter(
  "linenumbers",
  (value, _arg, autoescape) => {
    const lines = pystr(value).split("\n");
    const width = String(lines.length).length;
    const esc = autoescape && !isSafe(value);
    return mark_safe(lines.map((line, i) => `${String(i + 1).padStart(width, "0")}. ${esc ? escape(line).toString() : line}`).join("\n"));
  },
  { is_safe: true, needs_autoescape: true, arg: false },
);

// Escaping
library.filter("escape", (value) => conditional_escape(value), { is_safe: true, arg: false });
library.filter("force_escape", (value) => escape(value), { is_safe: true, arg: false });
library.filter("safe", (value) => mark_safe(value), { is_safe: true, arg: false });
library.filter("safeseq", (value) => toList(value).map((v) => mark_safe(v)), { is_safe: true, arg: false });
const JS_ESCAPES: Record<string, string> = { "\\": "\\u005C", "'": "\\u0027", '"': "\\u0022", ">": "\\u003E", "<": "\\u003C", "&": "\\u0026", "=": "\\u003D", "-": "\\u002D", ";": "\\u003B", "`": "\\u0060", "\u2028": "\\u2028", "\u2029": "\\u2029" };
stringfilter("escapejs", (v) =>
  mark_safe(v.replace(/[\\'"<>&=\-;`\u2028\u2029]|[^ -\uffff]/g, (c) => JS_ESCAPES[c] ?? "\\u" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"))),
);

// Values
library.filter("default", (value, arg) => (truthy(value) ? value : arg), { arg: true });
library.filter("default_if_none", (value, arg) => (value === null || value === undefined ? arg : value), { arg: true });
library.filter("length", (value) => pyLen(value) ?? 0, { is_safe: false, arg: false });
library.filter("length_is", (value, arg) => {
  const length = pyLen(value);
  try {
    return length === undefined ? "" : length === pyInt(arg);
  } catch {
    return "";
  }
}, { is_safe: false, arg: true });
library.filter("yesno", (value, arg) => {
  const bits = (arg === undefined ? "yes,no,maybe" : pystr(arg)).split(",");
  if (bits.length < 2) return value;
  const [yes, no] = bits as [string, string];
  const maybe = bits.length === 3 ? (bits[2] as string) : no;
  if (value === null || value === undefined) return maybe;
  return truthy(value) ? yes : no;
}, { is_safe: false, arg: "optional" });
library.filter("pluralize", (value, arg) => {
  let text = arg === undefined ? "s" : pystr(arg);
  if (!text.includes(",")) text = "," + text;
  const bits = text.split(",");
  if (bits.length > 2) return "";
  const [singular, plural] = bits as [string, string];
  if (typeof value === "number" || typeof value === "boolean") return Number(value) === 1 ? singular : plural;
  if (typeof value === "string" || value instanceof SafeString) {
    const n = Number(value.toString().trim());
    return value.toString().trim() === "" || Number.isNaN(n) ? "" : n === 1 ? singular : plural;
  }
  const length = pyLen(value);
  return length === undefined ? "" : length === 1 ? singular : plural;
}, { is_safe: false, arg: "optional" });
library.filter("add", (value, arg) => {
  try {
    return pyInt(value) + pyInt(arg);
  } catch {
    if (typeof value === "string" && typeof arg === "string") return value + arg;
    if (value instanceof SafeString && arg instanceof SafeString) return mark_safe(String(value) + String(arg));
    if ((value instanceof SafeString || typeof value === "string") && (arg instanceof SafeString || typeof arg === "string")) return String(value) + String(arg);
    if (Array.isArray(value) && Array.isArray(arg)) return [...value, ...arg];
    return "";
  }
}, { is_safe: false, arg: true });
library.filter("divisibleby", (value, arg) => {
  const divisor = pyInt(arg);
  if (divisor === 0) throw new ZeroDivisionError("integer modulo by zero");
  return pyInt(value) % divisor === 0;
}, { is_safe: false, arg: true });
library.filter("get_digit", (value, arg) => {
  let n: number;
  let place: number;
  try {
    place = pyInt(arg);
    n = pyInt(value);
  } catch (error) {
    // Only an invalid literal fails silently; int(None) is Python's TypeError, as in Django.
    if (error instanceof ValueError) return value;
    throw error;
  }
  if (place < 1) return value;
  const text = String(n);
  const digit = text[text.length - place];
  return digit === undefined ? 0 : pyInt(digit);
}, { is_safe: false, arg: true });

// Lists
library.filter("first", (value) => pyGetItem(value, 0), { is_safe: false, arg: false });
library.filter("last", (value) => pyGetItem(value, -1), { is_safe: true, arg: false });
library.filter("join", (value, arg, autoescape) => {
  let items: unknown[];
  if (value === null || value === undefined) return value;
  try {
    items = toList(value);
  } catch {
    return value;
  }
  if (!autoescape && items.some((i) => typeof i !== "string" && !(i instanceof SafeString))) return value;
  const sep = autoescape ? conditional_escape(arg).toString() : pystr(arg);
  return mark_safe(items.map((i) => (autoescape ? conditional_escape(i).toString() : String(i))).join(sep));
}, { is_safe: true, needs_autoescape: true, arg: true });
library.filter("slice", (value, arg) => {
  // None, numbers and dicts cannot be sliced: Python's TypeError, and the filter fails silently.
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean" || isPlainObject(value)) return value;
  try {
    const bits = pystr(arg).split(":").map((x) => (x ? pyInt(x) : undefined));
    if (bits.length > 3) return value;
    const [start, stop, step] = bits.length === 1 ? [undefined, bits[0], undefined] : bits;
    return pySlice(value, start, stop, step);
  } catch {
    return value;
  }
}, { is_safe: true, arg: true });
library.filter("dictsort", (value, arg) => dictsort(value, arg, false), { is_safe: false, arg: true });
library.filter("dictsortreversed", (value, arg) => dictsort(value, arg, true), { is_safe: false, arg: true });

// Numbers and dates
library.filter("floatformat", (value, arg) => floatformat(value, arg === undefined ? -1 : arg), { is_safe: true, arg: "optional" });
library.filter("date", (value, arg) => formatOrEmpty(value, arg === undefined || pystr(arg) === "" ? DATE_FORMAT : pystr(arg)), { is_safe: false, arg: "optional" });
library.filter("time", (value, arg) => formatOrEmpty(value, arg === undefined || pystr(arg) === "" ? TIME_FORMAT : pystr(arg)), { is_safe: false, arg: "optional" });
library.filter("filesizeformat", (value) => filesizeformat(value), { is_safe: true, arg: false });

function formatOrEmpty(value: unknown, format: string): string {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? formatDate(value, format) : "";
}

/** Python's value[start:stop:step] on strings and sequences. */
export function pySlice(value: unknown, start?: number, stop?: number, step = 1): unknown {
  const isString = typeof value === "string" || value instanceof SafeString;
  const items = isString ? [...String(value)] : toList(value);
  if (step === 0) throw new RangeError("slice step cannot be zero");
  const n = items.length;
  const norm = (i: number | undefined, fallback: number, lo: number, hi: number) =>
    i === undefined ? fallback : Math.min(Math.max(i < 0 ? i + n : i, lo), hi);
  const out: unknown[] = [];
  if (step > 0) {
    for (let i = norm(start, 0, 0, n); i < norm(stop, n, 0, n); i += step) out.push(items[i]);
  } else {
    for (let i = norm(start, n - 1, -1, n - 1); i > norm(stop, -1, -1, n - 1); i += step) out.push(items[i]);
  }
  return isString ? out.join("") : out;
}

function dictsort(value: unknown, arg: unknown, reversed: boolean): unknown {
  try {
    const key = (item: unknown) => {
      if (typeof arg === "number") return pyGetItem(item, arg);
      const text = pystr(arg);
      if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) {
        if (!isPlainObject(item) || !(text in item)) throw new TypeError("itemgetter");
        return item[text];
      }
      return text.split(".").reduce<unknown>((current, bit) => lookup(current, bit), item);
    };
    const keyed = toList(value).map((item) => [key(item), item] as const);
    keyed.sort((a, b) => pyCompare(a[0], b[0]) * (reversed ? -1 : 1));
    return keyed.map(([, item]) => item);
  } catch {
    return "";
  }
}

function floatformat(value: unknown, arg: unknown): unknown {
  const input = value instanceof SafeString ? value.toString() : typeof value === "boolean" ? Number(value) : value;
  const d = typeof input === "number" ? parseDecimal(String(input)) : typeof input === "string" ? parseDecimal(input) : undefined;
  if (!d) return "";
  let p: number;
  try {
    p = pyInt(arg);
  } catch {
    return pystr(input);
  }
  if (isIntegral(d) && p < 0) return mark_safe(formatDecimal(quantize(d, 0)));
  return mark_safe(formatDecimal(quantize(d, Math.abs(p))));
}

function filesizeformat(value: unknown): string {
  let bytes: number;
  try {
    bytes = typeof value === "number" || typeof value === "boolean" ? Number(value) : Number.parseFloat(pystr(value));
    if (Number.isNaN(bytes)) throw new TypeError();
  } catch {
    return "0\u00a0bytes";
  }
  const negative = bytes < 0;
  const size = Math.abs(bytes);
  const fmt = (n: number) => (formatDecimal(quantize(parseDecimal(String(n)) ?? { negative: false, digits: 0n, exponent: 0 }, 1)));
  let text: string;
  if (size < 1024) text = `${Math.trunc(size)}\u00a0${Math.trunc(size) === 1 ? "byte" : "bytes"}`;
  else if (size < 1024 ** 2) text = `${fmt(size / 1024)}\u00a0KB`;
  else if (size < 1024 ** 3) text = `${fmt(size / 1024 ** 2)}\u00a0MB`;
  else if (size < 1024 ** 4) text = `${fmt(size / 1024 ** 3)}\u00a0GB`;
  else if (size < 1024 ** 5) text = `${fmt(size / 1024 ** 4)}\u00a0TB`;
  else text = `${fmt(size / 1024 ** 5)}\u00a0PB`;
  return negative ? "-" + text : text;
}

/** Python's urllib.parse.quote(text, safe). */
function quote(text: string, safe: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_.~-]/.test(c) || (b < 128 && safe.includes(c)) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
    })
    .join("");
}

registerTextFilters(library);

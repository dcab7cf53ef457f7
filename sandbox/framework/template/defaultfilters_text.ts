/**
 * The built-in filters over text and HTML that need more than a line (Django's
 * template/defaultfilters.py): stringformat, urlize, wordwrap, timesince,
 * unordered_list, json_script, the HTML truncators and the rest.
 */
import { json_script, quote, urlize } from "../utils/html";
import { percentFormat } from "../utils/pyformat";
import { choice } from "../utils/random";
import { pyrepr, pystr } from "../utils/pyrepr";
import { phone2numeric, truncateHtml, wrap } from "../utils/text";
import { timesince, timeuntil } from "../utils/timesince";
import { AttributeError, pyInt, stringfilters } from "./filterutils";
import type { Library } from "./library";
import { pyTypeName, toList, truthy } from "./pyvalues";
import { conditional_escape, mark_safe, SafeString } from "./safestring";

/** Python's repr-like pformat for the `pprint` filter. */
function pformat(value: unknown): string {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype ? String(value) : pyrepr(value);
}

/** A nested list `[item, [children], item]` as `<li>` items, as Django's unordered_list. */
function unorderedList(value: unknown, autoescape: boolean): string {
  const escaper = (x: unknown) => (autoescape ? conditional_escape(x).toString() : pystr(x));
  const walk = (items: unknown[]): [unknown, unknown[] | undefined][] => {
    const pairs: [unknown, unknown[] | undefined][] = [];
    for (let i = 0; i < items.length; i++) {
      const next = items[i + 1];
      if (Array.isArray(next)) {
        pairs.push([items[i], next]);
        i += 1;
      } else {
        pairs.push([items[i], undefined]);
      }
    }
    return pairs;
  };
  const format = (items: unknown[], tabs: number): string => {
    const indent = "\t".repeat(tabs);
    return walk(items)
      .map(([item, children]) => {
        const sublist = children?.length ? `\n${indent}<ul>\n${format(children, tabs + 1)}\n${indent}</ul>\n${indent}` : "";
        return `${indent}<li>${escaper(item)}${sublist}</li>`;
      })
      .join("\n");
  };
  return format(toList(value), 1);
}

/** A datetime for timesince; anything else has no `.year`, as Python says. */
function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  throw new AttributeError(`'${pyTypeName(value)}' object has no attribute 'year'`);
}

/** A str for phone2numeric, which calls `.lower()` on its input. */
function asText(value: unknown): string {
  if (typeof value === "string" || value instanceof SafeString) return value.toString();
  throw new AttributeError(`'${pyTypeName(value)}' object has no attribute 'lower'`);
}

/** Registers the text and HTML filters on `library` (the built-in filter library). */
export function registerTextFilters(library: Library): void {
  const stringfilter = stringfilters(library);
  library.filter("stringformat", (value, arg) => {
    try {
      return percentFormat("%" + pystr(arg), value instanceof SafeString ? value.toString() : value);
    } catch {
      return "";
    }
  }, { is_safe: true, arg: true });
  // urlize and urlizetrunc are string filters: str(value), kept safe when it was.
  const text = (value: unknown) => (value instanceof SafeString ? value : pystr(value));
  library.filter("urlize", (value, _arg, autoescape) => mark_safe(urlize(text(value), { nofollow: true, autoescape })), { is_safe: true, needs_autoescape: true, arg: false });
  library.filter("urlizetrunc", (value, limit, autoescape) => {
    const input = text(value);
    const trim_url_limit = pyInt(limit);
    return mark_safe(urlize(input, { trim_url_limit, nofollow: true, autoescape }));
  }, { is_safe: true, needs_autoescape: true, arg: true });
  for (const [name, fn] of [["timesince", timesince], ["timeuntil", timeuntil]] as const) {
    library.filter(name, (value, arg) => {
      if (!truthy(value)) return "";
      const d = asDate(value);
      return truthy(arg) ? fn(d, asDate(arg)) : fn(d);
    }, { is_safe: false, arg: "optional" });
  }
  library.filter("unordered_list", (value, _arg, autoescape) => mark_safe(unorderedList(value, autoescape)), { is_safe: true, needs_autoescape: true, arg: false });
  library.filter("json_script", (value, arg) => json_script(value instanceof SafeString ? value.toString() : value, pystr(arg)), { is_safe: true, arg: true });
  stringfilter("iriencode", (v) => quote(v, "/#%[]=:;$&()+,!?*@'~"), { is_safe: true });
  stringfilter("wordwrap", (v, arg) => wrap(v, pyInt(arg)), { is_safe: true });
  library.filter("phone2numeric", (value) => phone2numeric(asText(value)), { is_safe: true, arg: false });
  library.filter("random", (value) => choice(toList(value)), { is_safe: true, arg: false });
  library.filter("pprint", (value) => pformat(value), { is_safe: true, arg: false });
  stringfilter("truncatechars_html", (v, arg) => {
    let length: number;
    try {
      length = pyInt(arg);
    } catch {
      return v;
    }
    return truncateHtml(v.normalize("NFC"), length, "…", length - 1, false);
  }, { is_safe: true });
  stringfilter("truncatewords_html", (v, arg) => {
    let length: number;
    try {
      length = pyInt(arg);
    } catch {
      return v;
    }
    return truncateHtml(v, length, " …", length, true);
  }, { is_safe: true });
}

/**
 * QueryDict: a multi-valued map of query string or form data, as in Django's http.
 * `get()` returns the last value for a key, `getlist()` all of them.
 */
import { settings } from "../conf/settings";
import { TooManyFieldsSent } from "./exceptions";

/** A multi-valued map of query string or form data. */
export class QueryDict {
  private readonly lists = new Map<string, string[]>();

  /** Parses `a=1&b=2&b=3` (`+` is a space, as in forms). */
  constructor(query = "") {
    for (const pair of query.split(/[&;]/)) {
      if (!pair) continue;
      const eq = pair.indexOf("=");
      const key = decode(eq < 0 ? pair : pair.slice(0, eq));
      this.appendlist(key, eq < 0 ? "" : decode(pair.slice(eq + 1)));
    }
  }

  /** Parses a request body, raising TooManyFieldsSent past DATA_UPLOAD_MAX_NUMBER_FIELDS as Django does. */
  static parse_limited(query: string): QueryDict {
    const max = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS;
    if (max !== null && query.split(/[&;]/).filter(Boolean).length > max) {
      throw new TooManyFieldsSent("The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
    }
    return new QueryDict(query);
  }

  /** The last value for `key`, or `fallback`. */
  get(key: string, fallback?: string): string | undefined {
    const values = this.lists.get(key);
    return values?.length ? values[values.length - 1] : fallback;
  }

  getlist(key: string, fallback: string[] = []): string[] {
    return [...(this.lists.get(key) ?? fallback)];
  }

  /** Replaces the values of `key` with one value. */
  set(key: string, value: string): void {
    this.lists.set(key, [value]);
  }

  setlist(key: string, values: string[]): void {
    this.lists.set(key, [...values]);
  }

  appendlist(key: string, value: string): void {
    const values = this.lists.get(key);
    if (values) values.push(value);
    else this.lists.set(key, [value]);
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  keys(): string[] {
    return [...this.lists.keys()];
  }

  /** `[key, last value]` pairs, as Django's items(). */
  items(): [string, string][] {
    return this.keys().map((k) => [k, this.get(k) ?? ""]);
  }

  copy(): QueryDict {
    const copy = new QueryDict();
    for (const [k, v] of this.lists) copy.setlist(k, v);
    return copy;
  }

  /** `{key: last value}`. */
  dict(): Record<string, string> {
    return Object.fromEntries(this.items());
  }

  get length(): number {
    return this.lists.size;
  }

  /** Encodes back to a query string: `a=1&b=2&b=3`. */
  urlencode(): string {
    const pairs: string[] = [];
    for (const [k, values] of this.lists) for (const v of values) pairs.push(`${encode(k)}=${encode(v)}`);
    return pairs.join("&");
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Python's quote_plus: form encoding with `+` for spaces. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

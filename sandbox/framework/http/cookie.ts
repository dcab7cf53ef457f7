/** Cookies as Django sets and reads them (http/response.py set_cookie, http/cookie.py parse_cookie). */

export type SameSite = "Lax" | "Strict" | "None" | "lax" | "strict" | "none";

export interface CookieOptions {
  /** Seconds; also sets `expires`, as Django does for old browsers. */
  max_age?: number;
  /** A date string in HTTP format, or a Date (converted to max_age). */
  expires?: string | Date;
  path?: string;
  domain?: string;
  secure?: boolean;
  httponly?: boolean;
  samesite?: SameSite;
}

/** A cookie to send, with its attributes resolved as in Django's Morsel. */
export interface Cookie {
  value: string;
  expires: string;
  max_age?: number;
  path: string;
  domain?: string;
  secure: boolean;
  httponly: boolean;
  samesite?: string;
}

/** An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT" (Django's http_date). */
export function http_date(epoch_seconds: number): string {
  return new Date(epoch_seconds * 1000).toUTCString();
}

/** Resolves set_cookie()'s options into a cookie, with Django's rules and errors. */
export function make_cookie(value: string, options: CookieOptions = {}): Cookie {
  let max_age = options.max_age;
  let expires = "";
  if (options.expires instanceof Date) {
    max_age = Math.max(0, Math.floor((options.expires.getTime() - Date.now()) / 1000) + 1);
  } else if (options.expires !== undefined) {
    expires = options.expires;
  }
  if (max_age !== undefined) {
    max_age = Math.trunc(max_age);
    if (!expires) expires = http_date(Date.now() / 1000 + max_age);
  }
  if (options.samesite !== undefined && !["lax", "none", "strict"].includes(options.samesite.toLowerCase())) {
    throw new Error('samesite must be "lax", "none", or "strict".');
  }
  return {
    value,
    expires,
    ...(max_age !== undefined ? { max_age } : {}),
    path: options.path ?? "/",
    ...(options.domain !== undefined ? { domain: options.domain } : {}),
    secure: options.secure ?? false,
    httponly: options.httponly ?? false,
    ...(options.samesite ? { samesite: options.samesite } : {}),
  };
}

const SPECIAL = /[^!#$%&'*+\-.^_`|~0-9A-Za-z:]/;

const UNESCAPED = /[!#$%&'*+\-.^_`|~0-9A-Za-z: ()/<=>?@[\]{}]/;

/** Python's http.cookies quoting: quoted, with octal escapes, when the value has other characters. */
function quote_value(value: string): string {
  if (value && !SPECIAL.test(value)) return value;
  const escaped = [...value].map((c) => {
    if (c === '"' || c === "\\") return "\\" + c;
    return UNESCAPED.test(c) || c.charCodeAt(0) > 255 ? c : "\\" + c.charCodeAt(0).toString(8).padStart(3, "0");
  });
  return '"' + escaped.join("") + '"';
}

/** The Set-Cookie header value, attributes in Python's order. */
export function cookie_header(key: string, c: Cookie): string {
  const parts = [`${key}=${quote_value(c.value)}`];
  if (c.domain) parts.push(`Domain=${c.domain}`);
  if (c.expires) parts.push(`expires=${c.expires}`);
  if (c.httponly) parts.push("HttpOnly");
  if (c.max_age !== undefined) parts.push(`Max-Age=${c.max_age}`);
  parts.push(`Path=${c.path}`);
  if (c.samesite) parts.push(`SameSite=${c.samesite}`);
  if (c.secure) parts.push("Secure");
  return parts.join("; ");
}

/** Parses a Cookie header into {name: value}, as Django's parse_cookie (quoted values unquoted). */
export function parse_cookie(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const chunk of header.split(";")) {
    const eq = chunk.indexOf("=");
    const [key, value] = eq < 0 ? ["", chunk] : [chunk.slice(0, eq), chunk.slice(eq + 1)];
    const name = key.trim();
    const v = value.trim();
    if (name || v) cookies[name] = unquote(v);
  }
  return cookies;
}

function unquote(value: string): string {
  if (value.length < 2 || value[0] !== '"' || value[value.length - 1] !== '"') return value;
  return value.slice(1, -1).replace(/\\([0-3][0-7][0-7])|\\(.)/g, (_m, octal: string | undefined, c: string | undefined) => octal ? String.fromCharCode(parseInt(octal, 8)) : (c ?? ""));
}

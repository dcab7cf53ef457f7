/** HttpResponse and its subclasses, as in Django's http/response.py. */
import { makeHeaders, type Headers } from "./headers";
import { pyJsonDumps } from "./json";
import { isPlainObject } from "../utils/pyrepr";
import { get_cookie_signer } from "../core/signing";
import { cookie_header, make_cookie, type Cookie, type CookieOptions } from "./cookie";

export type { Cookie, CookieOptions } from "./cookie";

const REASONS: Record<number, string> = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found",
  303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  409: "Conflict", 410: "Gone", 415: "Unsupported Media Type", 422: "Unprocessable Entity",
  429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented", 503: "Service Unavailable",
};

export interface ResponseOptions {
  status?: number;
  reason?: string;
  content_type?: string;
  headers?: Record<string, string>;
}

/** A response: `new HttpResponse("Hello", { status: 201 })`; `headers` is case-insensitive. */
export class HttpResponse {
  static status_code = 200;
  status_code: number;
  content: string;
  readonly charset = "utf-8";
  /** True for a response whose body is streaming_content (FileResponse), which caches leave alone. */
  readonly streaming: boolean = false;
  readonly headers: Headers;
  readonly cookies: Record<string, Cookie> = {};
  private reason?: string;

  constructor(content: unknown = "", options: ResponseOptions = {}) {
    this.status_code = options.status ?? (new.target as typeof HttpResponse).status_code;
    this.reason = options.reason;
    this.content = typeof content === "string" ? content : String(content);
    this.headers = makeHeaders(options.headers ?? {});
    if (!this.headers.has("Content-Type")) this.headers["Content-Type"] = options.content_type ?? "text/html; charset=utf-8";
  }

  /** "OK", "Not Found": the HTTP reason phrase for status_code. */
  get reason_phrase(): string {
    return this.reason ?? REASONS[this.status_code] ?? "Unknown Status Code";
  }

  /** Appends text to the body. */
  write(text: string): void {
    this.content += text;
  }

  /** Sets a cookie: `response.set_cookie("theme", "dark", { max_age: 3600, httponly: true, samesite: "Lax" })`. */
  set_cookie(key: string, value = "", options: CookieOptions = {}): void {
    this.cookies[key] = make_cookie(value, options);
  }

  /** Sets a cookie signed with SECRET_KEY; read it back with request.get_signed_cookie(key, { salt }). */
  set_signed_cookie(key: string, value: string, options: CookieOptions & { salt?: string } = {}): void {
    const { salt = "", ...rest } = options;
    this.set_cookie(key, get_cookie_signer(key + salt).sign(value), rest);
  }

  /** Expires a cookie in the browser (secure for __Secure-/__Host- names and SameSite=None, as Django). */
  delete_cookie(key: string, options: Pick<CookieOptions, "path" | "domain" | "samesite"> = {}): void {
    const secure = key.startsWith("__Secure-") || key.startsWith("__Host-") || options.samesite?.toLowerCase() === "none";
    this.set_cookie(key, "", { ...options, max_age: 0, secure, expires: "Thu, 01 Jan 1970 00:00:00 GMT" });
  }

  /** Sets a header unless it is already set. */
  setdefault(name: string, value: string): void {
    if (!this.headers.has(name)) this.headers[name] = value;
  }

  /** The headers as a plain object, Set-Cookie values joined by newlines. */
  headerObject(): Record<string, string> {
    const object = Object.fromEntries(this.headers.items());
    const cookies = this.cookie_headers();
    if (cookies.length) object["Set-Cookie"] = cookies.join("\n");
    return object;
  }

  /** The Set-Cookie header values, one per cookie. */
  cookie_headers(): string[] {
    return Object.entries(this.cookies).map(([key, c]) => cookie_header(key, c));
  }
}

/** JSON data: `new JsonResponse({ ok: true })`; non-objects need `{ safe: false }`. */
export class JsonResponse extends HttpResponse {
  constructor(data: unknown, options: ResponseOptions & { safe?: boolean } = {}) {
    if ((options.safe ?? true) && !isPlainObject(data)) {
      throw new TypeError("In order to allow non-dict objects to be serialized set the safe parameter to false: new JsonResponse(data, { safe: false }).");
    }
    super(pyJsonDumps(data), { content_type: "application/json", ...options });
  }
}

/** Thrown for a redirect to a URL with a scheme other than http, https or ftp. */
export class DisallowedRedirect extends Error {
  override name = "DisallowedRedirect";
}

class HttpResponseRedirectBase extends HttpResponse {
  constructor(redirect_to: string, options: ResponseOptions = {}) {
    super("", options);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(redirect_to)?.[1];
    if (scheme && !["http", "https", "ftp"].includes(scheme.toLowerCase())) {
      throw new DisallowedRedirect(`Unsafe redirect to URL with protocol '${scheme}'`);
    }
    this.headers["Location"] = redirect_to;
  }

  /** Where this response redirects to. */
  get url(): string {
    return this.headers.get("Location") ?? "";
  }
}

export class HttpResponseRedirect extends HttpResponseRedirectBase {
  static override status_code = 302;
}

export class HttpResponsePermanentRedirect extends HttpResponseRedirectBase {
  static override status_code = 301;
}

export class HttpResponseNotModified extends HttpResponse {
  static override status_code = 304;
}

export class HttpResponseBadRequest extends HttpResponse {
  static override status_code = 400;
}

export class HttpResponseForbidden extends HttpResponse {
  static override status_code = 403;
}

export class HttpResponseNotFound extends HttpResponse {
  static override status_code = 404;
}

/** 405, with the Allow header: `new HttpResponseNotAllowed(["GET", "POST"])`. */
export class HttpResponseNotAllowed extends HttpResponse {
  static override status_code = 405;
  constructor(permitted_methods: string[], content: unknown = "", options: ResponseOptions = {}) {
    super(content, options);
    this.headers["Allow"] = permitted_methods.join(", ");
  }
}

export class HttpResponseGone extends HttpResponse {
  static override status_code = 410;
}

export class HttpResponseServerError extends HttpResponse {
  static override status_code = 500;
}

/** Bytes as the body (an image, a download): `new FileResponse(bytes, { content_type: "image/png" })`. */
export class FileResponse extends HttpResponse {
  readonly bytes: Uint8Array;
  /** As Django's StreamingHttpResponse: the body is `streaming_content`, not `content`. */
  override readonly streaming = true;
  /** The size of each chunk of streaming_content, as Django's FileResponse.block_size. */
  block_size = 4096;

  constructor(bytes: Uint8Array, options: ResponseOptions = {}) {
    super("", { content_type: "application/octet-stream", ...options });
    this.bytes = bytes;
    this.headers["Content-Length"] = String(bytes.length);
  }

  private iterator?: Generator<Uint8Array>;

  /** The body as chunks of bytes of at most block_size, read once as Django's iterator: `for (const chunk of response.streaming_content)`. */
  get streaming_content(): Generator<Uint8Array> {
    const { bytes, block_size } = this;
    return (this.iterator ??= (function* chunks() {
      for (let at = 0; at < bytes.length; at += block_size) yield bytes.subarray(at, at + block_size);
    })());
  }

  /** The whole body, as Django's getvalue() joins streaming_content. */
  getvalue(): Uint8Array {
    return this.bytes.slice();
  }
}

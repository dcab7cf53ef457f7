/** HttpRequest, as in Django's http/request.py, built from the sandbox's plain request. */
import type { ResolverMatch } from "../urls/resolvers";
import { makeHeaders, type Headers } from "./headers";
import { QueryDict } from "./querydict";

/** What a request is made from: `{ method: "GET", path: "/books/?page=2" }`. */
export interface RequestInit {
  method?: string;
  /** Path with query string. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** An incoming request: method, path, GET/POST data, cookies, headers and body. */
export class HttpRequest {
  method: string;
  path: string;
  path_info: string;
  GET: QueryDict;
  POST: QueryDict;
  COOKIES: Record<string, string>;
  META: Record<string, string>;
  readonly headers: Headers;
  body: string;
  content_type: string;
  content_params: Record<string, string>;
  /** Set by the handler once the URL is resolved. */
  resolver_match: ResolverMatch | null = null;

  constructor(init: RequestInit = {}) {
    const full = init.path ?? "/";
    const q = full.indexOf("?");
    this.method = (init.method ?? "GET").toUpperCase();
    this.path = safeDecode(q < 0 ? full : full.slice(0, q));
    this.path_info = this.path;
    this.headers = makeHeaders(init.headers ?? {});
    this.body = init.body ?? "";
    const [type = "", ...params] = (this.headers.get("Content-Type") ?? "").split(";");
    this.content_type = type.trim();
    this.content_params = Object.fromEntries(
      params.map((p) => p.split("=").map((s) => s.trim())).filter((kv): kv is [string, string] => kv.length === 2),
    );
    const query = q < 0 ? "" : full.slice(q + 1);
    this.GET = new QueryDict(query);
    this.POST = this.method === "POST" && this.content_type === "application/x-www-form-urlencoded" ? new QueryDict(this.body) : new QueryDict();
    this.COOKIES = parseCookies(this.headers.get("Cookie") ?? "");
    this.META = {
      REQUEST_METHOD: this.method,
      PATH_INFO: this.path,
      QUERY_STRING: query,
      SERVER_NAME: "testserver",
      SERVER_PORT: "80",
      REMOTE_ADDR: "127.0.0.1",
      CONTENT_TYPE: this.headers.get("Content-Type") ?? "",
      CONTENT_LENGTH: String(this.body.length),
    };
    for (const [name, value] of this.headers.items()) {
      const key = name.toUpperCase().replace(/-/g, "_");
      if (key !== "CONTENT_TYPE" && key !== "CONTENT_LENGTH") this.META["HTTP_" + key] = value;
    }
  }

  /** The host the request was sent to: the Host header, else "testserver". */
  get_host(): string {
    return this.headers.get("Host") ?? "testserver";
  }

  /** The path with its query string: "/books/?page=2". */
  get_full_path(): string {
    const query = this.META["QUERY_STRING"];
    return this.path + (query ? "?" + query : "");
  }

  is_secure(): boolean {
    return false;
  }

  /** An absolute URL for `location` (default: this request's full path): "http://testserver/books/". */
  build_absolute_uri(location?: string): string {
    const base = `${this.is_secure() ? "https" : "http"}://${this.get_host()}`;
    if (location === undefined) return base + this.get_full_path();
    if (/^[a-z][a-z0-9+.-]*:/i.test(location)) return location;
    return new URL(location, base + this.path).toString();
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function parseCookies(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const chunk of header.split(";")) {
    const eq = chunk.indexOf("=");
    if (eq < 0) continue;
    cookies[chunk.slice(0, eq).trim()] = chunk.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
  }
  return cookies;
}

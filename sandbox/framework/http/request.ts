/** HttpRequest, as in Django's http/request.py, built from the sandbox's plain request. */
import { settings } from "../conf/settings";
import type { SessionBase } from "../contrib/sessions/backends/base";
import type { AnonymousUser } from "../contrib/auth/anonymous";
import type { AbstractUser } from "../contrib/auth/models";
import type { MessageStorage } from "../contrib/messages/storage";
import { get_cookie_signer } from "../core/signing";
import { b64_decode } from "../core/crypto";
import { binary_string } from "../core/files/bytes";
import type { UploadedFile } from "../core/files/uploadedfile";
import type { ResolverMatch } from "../urls/resolvers";
import { parse_cookie } from "./cookie";
import { RequestDataTooBig } from "./exceptions";
import { makeHeaders, type Headers } from "./headers";
import { check_host } from "./host";
import { MultiValueDict, parse_multipart } from "./multipartparser";
import { QueryDict } from "./querydict";

/** What a request is made from: `{ method: "GET", path: "/books/?page=2" }`. */
export interface RequestInit {
  method?: string;
  /** Path with query string. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The body as base64 bytes (a browser's multipart upload); wins over `body`. */
  bodyBase64?: string;
  /** True for a request that came over HTTPS. */
  secure?: boolean;
}

/** An incoming request: method, path, GET/POST data, cookies, headers and body. */
export class HttpRequest {
  method: string;
  path: string;
  path_info: string;
  GET: QueryDict;
  COOKIES: Record<string, string>;
  META: Record<string, string>;
  readonly headers: Headers;
  content_type: string;
  content_params: Record<string, string>;
  /** Set by the handler once the URL is resolved. */
  resolver_match: ResolverMatch | null = null;
  /** Set by SessionMiddleware. */
  declare session: SessionBase;
  /** Set by AuthenticationMiddleware: the logged-in user or an AnonymousUser. */
  declare user: AbstractUser | AnonymousUser;
  /** Set by MessageMiddleware. */
  declare _messages: MessageStorage;
  /** Set by CsrfViewMiddleware when a view exempts itself or the check passes. */
  csrf_processing_done = false;
  private readonly rawBody: string;
  /** The raw body holds one char per byte (it came as bodyBase64). */
  private readonly binaryBody: boolean;
  private readonly secure: boolean;
  private parsed?: { POST: QueryDict; FILES: MultiValueDict<UploadedFile> };

  constructor(init: RequestInit = {}) {
    const full = init.path ?? "/";
    const q = full.indexOf("?");
    this.method = (init.method ?? "GET").toUpperCase();
    this.path = safeDecode(q < 0 ? full : full.slice(0, q));
    this.path_info = this.path;
    this.headers = makeHeaders(init.headers ?? {});
    this.binaryBody = init.bodyBase64 !== undefined;
    this.rawBody = init.bodyBase64 !== undefined ? binary_string(b64_decode(init.bodyBase64)) : (init.body ?? "");
    this.secure = init.secure ?? false;
    const [type = "", ...params] = (this.headers.get("Content-Type") ?? "").split(";");
    this.content_type = type.trim();
    this.content_params = Object.fromEntries(
      params.map((p) => p.split("=").map((s) => s.trim())).filter((kv): kv is [string, string] => kv.length === 2),
    );
    const query = q < 0 ? "" : full.slice(q + 1);
    this.GET = new QueryDict(query);
    this.COOKIES = parse_cookie(this.headers.get("Cookie") ?? "");
    this.META = {
      REQUEST_METHOD: this.method,
      PATH_INFO: this.path,
      QUERY_STRING: query,
      SERVER_NAME: "testserver",
      SERVER_PORT: "80",
      REMOTE_ADDR: "127.0.0.1",
      CONTENT_TYPE: this.headers.get("Content-Type") ?? "",
      CONTENT_LENGTH: String(this.rawBody.length),
    };
    for (const [name, value] of this.headers.items()) {
      const key = name.toUpperCase().replace(/-/g, "_");
      if (key !== "CONTENT_TYPE" && key !== "CONTENT_LENGTH") this.META["HTTP_" + key] = value;
    }
  }

  /** The raw body; RequestDataTooBig past DATA_UPLOAD_MAX_MEMORY_SIZE (multipart bodies are limited per field instead). */
  get body(): string {
    const limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE;
    if (limit !== null && this.content_type !== "multipart/form-data" && this.rawBody.length > limit) {
      throw new RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
    }
    return this.rawBody;
  }

  /** Form data of a POST: url-encoded or multipart, parsed on first use. */
  get POST(): QueryDict {
    return this.loadPost().POST;
  }

  set POST(value: QueryDict) {
    this.parsed = { POST: value, FILES: this.parsed?.FILES ?? new MultiValueDict() };
  }

  /** Uploaded files of a multipart POST, by field name. */
  get FILES(): MultiValueDict<UploadedFile> {
    return this.loadPost().FILES;
  }

  private loadPost(): { POST: QueryDict; FILES: MultiValueDict<UploadedFile> } {
    if (this.parsed) return this.parsed;
    const empty = { POST: new QueryDict(), FILES: new MultiValueDict<UploadedFile>() };
    if (this.method !== "POST") return (this.parsed = empty);
    if (this.content_type === "multipart/form-data") {
      this.parsed = parse_multipart(this.rawBody, this.content_params["boundary"] ?? "", this.binaryBody);
    } else if (this.content_type === "application/x-www-form-urlencoded") {
      this.parsed = { POST: QueryDict.parse_limited(this.body), FILES: empty.FILES };
    } else {
      this.parsed = empty;
    }
    return this.parsed;
  }

  /** The host the request was sent to, checked against ALLOWED_HOSTS (DisallowedHost if not allowed). */
  get_host(): string {
    return check_host(this.headers.get("Host") ?? "testserver");
  }

  /** A cookie set by set_signed_cookie(), or `fallback` when missing or tampered (BadSignature without one). */
  get_signed_cookie(key: string, options: { fallback?: string; salt?: string; max_age?: number } = {}): string | undefined {
    const value = this.COOKIES[key];
    const hasFallback = "fallback" in options;
    if (value === undefined) {
      if (hasFallback) return options.fallback;
      throw new Error(`KeyError: '${key}'`);
    }
    try {
      return get_cookie_signer(key + (options.salt ?? "")).unsign(value, options.max_age);
    } catch (error) {
      if (hasFallback) return options.fallback;
      throw error;
    }
  }

  /** The path with its query string: "/books/?page=2". */
  get_full_path(): string {
    const query = this.META["QUERY_STRING"];
    return this.path + (query ? "?" + query : "");
  }

  /** True over HTTPS, or when SECURE_PROXY_SSL_HEADER (e.g. ["HTTP_X_FORWARDED_PROTO", "https"]) says so. */
  is_secure(): boolean {
    return this.scheme === "https";
  }

  /** "http" or "https". */
  get scheme(): string {
    const proxy = settings["SECURE_PROXY_SSL_HEADER"];
    if (Array.isArray(proxy) && proxy.length === 2) {
      const [header, secureValue] = proxy as [string, string];
      const value = this.META[header];
      if (value !== undefined) return value.split(",")[0]?.trim() === secureValue ? "https" : "http";
    }
    return this.secure ? "https" : "http";
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

/**
 * The test client, as in Django's test/client.py: makes requests to a project without
 * a server and returns the response with the templates and context it rendered.
 */
import type { Context } from "../template/context";
import type { Template } from "../template/template";
import { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";
import type { Project } from "../project";
import { pyJsonDumps } from "../http/json";
import { dont_enforce_csrf_checks } from "../middleware/csrf";
import type { AbstractBaseUser } from "../contrib/auth/base_user";
import { force_login, login_with, logout_client } from "./login";
import { base64 } from "../core/crypto";
import { BOUNDARY, encode_multipart, form_text, MULTIPART_CONTENT, type PostValue } from "./multipart";

/** A response from the test client: the HttpResponse plus what rendered it. */
export type TestResponse = HttpResponse & {
  /** Variables of the rendered templates (innermost value per name). */
  context: Record<string, unknown> | undefined;
  /** The templates rendered, in order (extends parents and includes too). */
  templates: Template[];
  request: HttpRequest;
  /** [url, status] for each redirect followed. */
  redirect_chain: [string, number][];
  /** The client that made the request (assertRedirects fetches the target with it, as Django). */
  client: Client | AsyncClient;
  json(): unknown;
};

/** Form data: values, lists of values, and (to post) files such as SimpleUploadedFile. */
export type RequestData = Record<string, PostValue | PostValue[]>;

export interface ClientOptions {
  follow?: boolean;
  /** Make the request over HTTPS (Django's `secure=True`). */
  secure?: boolean;
  headers?: Record<string, string>;
  content_type?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Encodes form data: `{ q: "a b", tag: ["x", "y"] }` -> "q=a+b&tag=x&tag=y". */
export function urlencode(data: RequestData): string {
  const pairs: string[] = [];
  const enc = (v: unknown) => encodeURIComponent(String(v)).replace(/%20/g, "+");
  for (const [key, value] of Object.entries(data)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push(`${enc(key)}=${enc(typeof v === "object" ? String(v) : form_text(v))}`);
  }
  return pairs.join("&");
}

/** Shared request building for Client and AsyncClient. */
abstract class ClientBase<R> {
  cookies: Record<string, string> = {};

  /** As Django's Client: CSRF checks are skipped unless `enforce_csrf_checks` is set. */
  constructor(
    readonly project: Project,
    readonly enforce_csrf_checks = false,
  ) {}

  get(path: string, data: RequestData = {}, options: ClientOptions = {}): R {
    const query = urlencode(data);
    return this.generic("GET", query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path, "", options);
  }

  /**
   * As Django's: data posts as multipart/form-data (MULTIPART_CONTENT), files included;
   * `content_type: "application/json"` sends it as JSON, and the url-encoded type url-encodes it.
   * A string is sent as it is (url-encoded unless `content_type` says otherwise).
   */
  post(path: string, data: RequestData | string = {}, options: ClientOptions = {}): R {
    if (typeof data === "string") {
      return this.generic("POST", path, data, { ...options, content_type: options.content_type ?? "application/x-www-form-urlencoded" });
    }
    const content_type = options.content_type ?? MULTIPART_CONTENT;
    const body = content_type === MULTIPART_CONTENT ? encode_multipart(BOUNDARY, data)
      : content_type === "application/json" ? pyJsonDumps(data)
        : urlencode(data);
    return this.generic("POST", path, body, { ...options, content_type });
  }

  put(path: string, data: RequestData | string = "", options: ClientOptions = {}): R {
    return this.generic("PUT", path, typeof data === "string" ? data : pyJsonDumps(data), { content_type: "application/json", ...options });
  }

  patch(path: string, data: RequestData | string = "", options: ClientOptions = {}): R {
    return this.generic("PATCH", path, typeof data === "string" ? data : pyJsonDumps(data), { content_type: "application/json", ...options });
  }

  delete(path: string, options: ClientOptions = {}): R {
    return this.generic("DELETE", path, "", options);
  }

  /** Logs in with credentials, as a login form would: `this.client.login({ username: "ann", password: "pw" })`; false if they fail. */
  login(credentials: Record<string, unknown>): boolean {
    return login_with(this, credentials);
  }

  /** Logs `user` in without a password: `this.client.force_login(user)`. */
  force_login(user: AbstractBaseUser, backend?: string): void {
    force_login(this, user, backend);
  }

  /** Logs out: the session is flushed and the client's cookies are forgotten. */
  logout(): void {
    logout_client(this);
  }

  protected abstract generic(method: string, path: string, body: string | Uint8Array, options: ClientOptions): R;

  /** Builds the request, runs it, and records templates and context as they render. */
  protected start(method: string, path: string, body: string | Uint8Array, options: ClientOptions) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.content_type) headers["Content-Type"] = options.content_type;
    const cookie = Object.entries(this.cookies).map(([k, v]) => `${k}=${v}`).join("; ");
    if (cookie) headers["Cookie"] = cookie;
    const content = typeof body === "string" ? { body } : { bodyBase64: base64(body) };
    const request = new HttpRequest({ method, path, headers, ...content, secure: options.secure ?? false });
    if (!this.enforce_csrf_checks) dont_enforce_csrf_checks(request);
    const templates: Template[] = [];
    const contexts: Context[] = [];
    const stop = this.project.engine.on_rendered((template, context) => {
      templates.push(template);
      contexts.push(context);
    });
    let result;
    try {
      result = this.project.handle(request);
    } catch (error) {
      stop();
      throw error;
    }
    const finish = (response: HttpResponse): TestResponse => {
      stop();
      for (const [key, c] of Object.entries(response.cookies)) {
        if (c.max_age === 0) delete this.cookies[key];
        else this.cookies[key] = c.value;
      }
      return Object.assign(response, {
        context: contexts.length ? Object.assign({}, ...contexts.map((c) => c.flatten())) as Record<string, unknown> : undefined,
        templates,
        request,
        redirect_chain: [] as [string, number][],
        client: this as unknown as Client | AsyncClient,
        json: () => JSON.parse(response.content) as unknown,
      });
    };
    return { result, finish };
  }

  protected redirectTarget(response: TestResponse): string | undefined {
    if (!REDIRECTS.has(response.status_code)) return undefined;
    const location = response.headers.get("Location") ?? "";
    return location.replace(/^https?:\/\/testserver/, "");
  }
}

/** The synchronous test client: `this.client.get("/books/")`. */
export class Client extends ClientBase<TestResponse> {
  protected generic(method: string, path: string, body: string | Uint8Array, options: ClientOptions): TestResponse {
    const { result, finish } = this.start(method, path, body, options);
    if (result instanceof Promise) {
      result.catch(() => undefined);
      throw new Error(`The view for ${method} ${path} is async, so this.client cannot wait for it: use \`await this.async_client.${method.toLowerCase()}("${path}")\` instead.`);
    }
    let response = finish(result);
    if (!options.follow) return response;
    const chain: [string, number][] = [];
    for (let target = this.redirectTarget(response); target !== undefined; target = this.redirectTarget(response)) {
      chain.push([target, response.status_code]);
      if (chain.length > 20) throw new Error(`Redirect loop: ${chain.map(([u]) => u).join(" -> ")}`);
      response = this.generic(response.status_code === 307 || response.status_code === 308 ? method : "GET", target, "", { ...options, follow: false });
    }
    response.redirect_chain = chain;
    return response;
  }
}

/** The test client for async views: `await this.async_client.get("/books/")`. */
export class AsyncClient extends ClientBase<Promise<TestResponse>> {
  protected async generic(method: string, path: string, body: string | Uint8Array, options: ClientOptions): Promise<TestResponse> {
    const { result, finish } = this.start(method, path, body, options);
    let response = finish(await result);
    if (!options.follow) return response;
    const chain: [string, number][] = [];
    for (let target = this.redirectTarget(response); target !== undefined; target = this.redirectTarget(response)) {
      chain.push([target, response.status_code]);
      if (chain.length > 20) throw new Error(`Redirect loop: ${chain.map(([u]) => u).join(" -> ")}`);
      response = await this.generic("GET", target, "", { ...options, follow: false });
    }
    response.redirect_chain = chain;
    return response;
  }
}

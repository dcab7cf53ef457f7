/**
 * View decorators, as in django.views.decorators: csrf_exempt, cache_page, never_cache,
 * vary_on_headers, vary_on_cookie, xframe_options_exempt, require_http_methods.
 */
import { add_never_cache_headers, patch_vary_headers } from "../../core/cache/utils";
import type { HttpRequest } from "../../http/request";
import { type HttpResponse, HttpResponseNotAllowed } from "../../http/response";
import { CacheMiddleware } from "../../middleware/cache";
import { and_then, type MaybePromise } from "../../middleware/base";
import { log } from "../../handlers/activity";

type View<A extends unknown[]> = (request: HttpRequest, ...args: A) => MaybePromise<HttpResponse>;

/** Wraps a view's response, keeping the view's name and marks. */
function wrap_response<A extends unknown[]>(view: View<A>, change: (response: HttpResponse, request: HttpRequest) => HttpResponse | void): View<A> {
  const wrapped = (request: HttpRequest, ...args: A) => and_then(view(request, ...args), (response) => change(response, request) ?? response);
  Object.defineProperty(wrapped, "name", { value: view.name });
  return Object.assign(wrapped, view);
}

/** Skips the CSRF check for this view. */
export function csrf_exempt<A extends unknown[]>(view: View<A>): View<A> {
  const wrapped = (request: HttpRequest, ...args: A) => view(request, ...args);
  Object.defineProperty(wrapped, "name", { value: view.name });
  return Object.assign(wrapped, view, { csrf_exempt: true });
}

/** Lets the page be framed despite XFrameOptionsMiddleware. */
export function xframe_options_exempt<A extends unknown[]>(view: View<A>): View<A> {
  return wrap_response(view, (response) => void Object.assign(response, { xframe_options_exempt: true }));
}

/** Adds headers to Vary: `vary_on_headers("User-Agent")(view)`. */
export function vary_on_headers(...headers: string[]) {
  return <A extends unknown[]>(view: View<A>): View<A> => wrap_response(view, (response) => patch_vary_headers(response, headers));
}

/** Adds Cookie to Vary. */
export function vary_on_cookie<A extends unknown[]>(view: View<A>): View<A> {
  return wrap_response(view, (response) => patch_vary_headers(response, ["Cookie"]));
}

/** Tells browsers and proxies never to cache the page. */
export function never_cache<A extends unknown[]>(view: View<A>): View<A> {
  return wrap_response(view, (response) => add_never_cache_headers(response));
}

/** Caches the view's responses for `timeout` seconds: `cache_page(60 * 15)(view)`. */
export function cache_page(timeout: number | null, options: { cache?: string; key_prefix?: string } = {}) {
  return <A extends unknown[]>(view: View<A>): View<A> => {
    const wrapped = (request: HttpRequest, ...args: A) => {
      const middleware = new CacheMiddleware((r) => view(r, ...args), {
        timeout, ...(options.cache ? { cache_alias: options.cache } : {}), ...(options.key_prefix !== undefined ? { key_prefix: options.key_prefix } : {}),
      });
      return middleware.__call__(request);
    };
    Object.defineProperty(wrapped, "name", { value: view.name });
    return Object.assign(wrapped, view);
  };
}

/** 405 for other methods: `require_http_methods(["GET", "POST"])(view)`. */
export function require_http_methods(methods: string[]) {
  return <A extends unknown[]>(view: View<A>): View<A> => {
    const wrapped = (request: HttpRequest, ...args: A): MaybePromise<HttpResponse> => {
      if (methods.includes(request.method)) return view(request, ...args);
      log("django.request", "warning", `Method Not Allowed (${request.method}): ${request.path}`);
      return new HttpResponseNotAllowed(methods);
    };
    Object.defineProperty(wrapped, "name", { value: view.name });
    return Object.assign(wrapped, view);
  };
}

export const require_GET = require_http_methods(["GET"]);
export const require_POST = require_http_methods(["POST"]);
export const require_safe = require_http_methods(["GET", "HEAD"]);

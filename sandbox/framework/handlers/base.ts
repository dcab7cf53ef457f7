/**
 * The request handler, as in Django's handlers/base.py and handlers/exception.py:
 * resolve the URL, call the view, and turn exceptions into 404 and 500 responses.
 * Sync views are handled synchronously (the test client relies on it); async views
 * give a Promise.
 */
import type { SourceLocation } from "../../protocol";
import type { Tracer } from "../core/trace";
import { Http404 } from "../http/exceptions";
import type { HttpRequest } from "../http/request";
import { HttpResponse, HttpResponseNotFound, HttpResponseServerError } from "../http/response";
import { Resolver404 } from "../urls/exceptions";
import type { URLResolver } from "../urls/resolvers";
import { NOT_FOUND_HTML, SERVER_ERROR_HTML, technical_404_html, technical_500_html } from "../views/debug";

/** What the handler needs from a project. */
export interface HandlerHost {
  readonly debug: boolean;
  readonly root_urlconf: string;
  readonly resolver: URLResolver;
  readonly tracer: Tracer;
  mapStack?: (stack: string) => SourceLocation[];
}

/** A response now, or later for an async view. */
export type MaybePromise<T> = T | Promise<T>;

/** Handles one request: never throws, always answers with a response. */
export function get_response(host: HandlerHost, request: HttpRequest): MaybePromise<HttpResponse> {
  const queriesBefore = host.tracer.queries.length;
  const onError = (error: unknown) => response_for_exception(host, request, error, queriesBefore);
  let result: MaybePromise<HttpResponse>;
  try {
    const match = host.resolver.resolve(request.path_info);
    request.resolver_match = match;
    result = match.func(request, match.kwargs);
  } catch (error) {
    return onError(error);
  }
  if (result instanceof Promise) return result.then((response) => checkResponse(response, request)).catch(onError);
  try {
    return checkResponse(result, request);
  } catch (error) {
    return onError(error);
  }
}

function checkResponse(response: unknown, request: HttpRequest): HttpResponse {
  if (response instanceof HttpResponse) return response;
  const view = request.resolver_match?.func.name || "The view";
  if (response === undefined || response === null) {
    throw new TypeError(`The view ${view} didn't return an HttpResponse object. It returned ${response === null ? "null" : "undefined"} instead: did you forget a return?`);
  }
  throw new TypeError(`The view ${view} returned ${typeof response === "object" ? response.constructor.name : typeof response} instead of an HttpResponse: wrap it, e.g. return new HttpResponse(text) or render(request, ...).`);
}

/** Django's response_for_exception: 404 for Http404, 500 for the rest (technical pages under DEBUG). */
export function response_for_exception(host: HandlerHost, request: HttpRequest, error: unknown, queriesBefore = 0): HttpResponse {
  if (error instanceof Http404) {
    if (!host.debug) return new HttpResponseNotFound(NOT_FOUND_HTML);
    const view = request.resolver_match?.func;
    return new HttpResponseNotFound(
      technical_404_html({
        method: request.method,
        path: request.path,
        urlconf: host.root_urlconf,
        message: error.message,
        ...(error instanceof Resolver404 ? { tried: error.tried } : {}),
        ...(view ? { raising_view: view.name || "view" } : {}),
      }),
    );
  }
  if (!host.debug) return new HttpResponseServerError(SERVER_ERROR_HTML);
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const template = (error as { template_location?: { name: string; line: number } } | null)?.template_location;
  return new HttpResponseServerError(
    technical_500_html({
      method: request.method,
      path: request.path,
      error,
      frames: host.mapStack ? host.mapStack(stack) : [],
      ...(template ? { template } : {}),
      queries: host.tracer.queries.slice(queriesBefore),
    }),
  );
}

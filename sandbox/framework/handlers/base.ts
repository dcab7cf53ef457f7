/**
 * The request handler, as in Django's handlers/base.py: load the middleware chain from
 * settings.MIDDLEWARE once, then for each request resolve the URL, run process_view
 * hooks, call the view, run process_exception and process_template_response hooks.
 * Every layer turns exceptions into responses, so a request never throws. Sync views
 * are handled synchronously (the test client relies on it); async ones give a Promise.
 */
import type { HttpRequest } from "../http/request";
import { HttpResponse } from "../http/response";
import { type GetResponse, instantiate, type MaybePromise, type Middleware, type MiddlewareFactory, type RenderableResponse, and_then } from "../middleware/base";
import type { URLResolver } from "../urls/resolvers";
import { begin_activity, type RequestActivity } from "./activity";
import { type HandlerHost, response_for_exception } from "./exception";
import { traced_layer } from "./trace";

export type { MaybePromise } from "../middleware/base";
export { response_for_exception, type HandlerHost } from "./exception";

/** A middleware named in settings.MIDDLEWARE, found. */
export interface NamedMiddleware {
  name: string;
  factory: MiddlewareFactory;
}

/** One project's handler: the middleware chain around URL resolution and the view. */
export class BaseHandler {
  private readonly chain: GetResponse;
  private readonly view_middleware: Middleware[] = [];
  private readonly exception_middleware: Middleware[] = [];
  private readonly template_response_middleware: Middleware[] = [];
  private activity: RequestActivity = begin_activity();
  private queriesBefore = 0;

  constructor(private readonly host: HandlerHost & { readonly resolver: URLResolver }, middleware: NamedMiddleware[]) {
    let handler = this.convert((request) => this.inner(request));
    for (const { name, factory } of [...middleware].reverse()) {
      const { built, layer } = traced_layer(name, () => this.activity, (inner) => instantiate(factory, inner), handler);
      if (built.process_view) this.view_middleware.unshift(built);
      if (built.process_template_response) this.template_response_middleware.push(built);
      if (built.process_exception) this.exception_middleware.push(built);
      handler = this.convert(layer);
    }
    this.chain = handler;
  }

  /** Handles one request: never throws, always answers with a response (a Promise for async code). */
  get_response(request: HttpRequest): MaybePromise<HttpResponse> {
    this.activity = begin_activity();
    this.queriesBefore = this.host.tracer.queries.length;
    return this.chain(request);
  }

  /** The trace of the request handled last. */
  last_activity(): RequestActivity {
    return this.activity;
  }

  /** Django's convert_exception_to_response: errors in a layer become error responses. */
  private convert(layer: GetResponse): GetResponse {
    return (request) => {
      const onError = (error: unknown) => response_for_exception(this.host, request, error, this.queriesBefore);
      try {
        const result = layer(request);
        return result instanceof Promise ? result.catch(onError) : result;
      } catch (error) {
        return onError(error);
      }
    };
  }

  /** Django's _get_response: resolve, process_view, the view, process_exception, template responses. */
  private inner(request: HttpRequest): MaybePromise<HttpResponse> {
    const match = this.host.resolver.resolve(request.path_info);
    request.resolver_match = match;
    const early = this.viewHooks(request, 0, match.func, match.kwargs);
    return and_then(early, (response) => {
      if (response) return this.templateResponse(request, response);
      let result: MaybePromise<unknown>;
      try {
        result = match.func(request, match.kwargs);
      } catch (error) {
        return this.templateResponse(request, this.exceptionHooks(request, error));
      }
      const finish = (value: unknown) => this.templateResponse(request, checkResponse(value, request));
      return result instanceof Promise ? result.then(finish, (error: unknown) => this.templateResponse(request, this.exceptionHooks(request, error))) : finish(result);
    });
  }

  private viewHooks(request: HttpRequest, index: number, func: (...args: never[]) => unknown, kwargs: Record<string, unknown>): MaybePromise<HttpResponse | null | undefined> {
    const middleware = this.view_middleware[index];
    if (!middleware?.process_view) return null;
    return and_then(middleware.process_view(request, func, kwargs), (response) => response ?? this.viewHooks(request, index + 1, func, kwargs));
  }

  /** Asks each process_exception hook (innermost first) for a response; rethrows if none gives one. */
  private exceptionHooks(request: HttpRequest, error: unknown): HttpResponse {
    for (const middleware of this.exception_middleware) {
      const response = middleware.process_exception?.(request, error);
      if (response) return response;
    }
    throw error;
  }

  private templateResponse(request: HttpRequest, response: HttpResponse): HttpResponse {
    if (!isRenderable(response)) return response;
    let current: RenderableResponse = response;
    for (const middleware of this.template_response_middleware) {
      const next = middleware.process_template_response?.(request, current);
      if (!next) throw new TypeError(`${middleware.name || "Middleware"}.process_template_response didn't return an HttpResponse object. It returned ${String(next)} instead.`);
      current = next;
    }
    try {
      return current.render();
    } catch (error) {
      return this.exceptionHooks(request, error);
    }
  }
}

function isRenderable(response: HttpResponse): response is RenderableResponse {
  return typeof (response as Partial<RenderableResponse>).render === "function";
}

function checkResponse(response: unknown, request: HttpRequest): HttpResponse {
  if (response instanceof HttpResponse) return response;
  const view = request.resolver_match?.func.name || "The view";
  if (response === undefined || response === null) {
    throw new TypeError(`The view ${view} didn't return an HttpResponse object. It returned ${response === null ? "null" : "undefined"} instead: did you forget a return?`);
  }
  throw new TypeError(`The view ${view} returned ${typeof response === "object" ? response.constructor.name : typeof response} instead of an HttpResponse: wrap it, e.g. return new HttpResponse(text) or render(request, ...).`);
}

/**
 * Middleware, as in Django: a factory taking `get_response` and returning a callable
 * from request to response, optionally with process_view, process_exception and
 * process_template_response hooks. Two spellings, as in Django:
 *
 *   export function timing(get_response: GetResponse) {
 *     return (request: HttpRequest) => { const response = get_response(request); ...; return response; };
 *   }
 *   export class Timing extends MiddlewareMixin { process_response(request, response) { ... } }
 */
import type { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";

/** A response now, or later for an async view. */
export type MaybePromise<T> = T | Promise<T>;

/** The next layer: the inner middleware, or finally the view. */
export type GetResponse = (request: HttpRequest) => MaybePromise<HttpResponse>;

/** A response that renders late (TemplateResponse): process_template_response hooks see it first. */
export interface RenderableResponse extends HttpResponse {
  render(): HttpResponse;
}

/** The optional hooks a middleware may have. */
export interface MiddlewareHooks {
  process_view?(request: HttpRequest, view_func: (...args: never[]) => unknown, view_kwargs: Record<string, unknown>): MaybePromise<HttpResponse | null | undefined>;
  process_exception?(request: HttpRequest, exception: unknown): HttpResponse | null | undefined;
  process_template_response?(request: HttpRequest, response: RenderableResponse): RenderableResponse;
}

/** A built middleware: called with the request, answering a response. */
export type Middleware = ((request: HttpRequest) => MaybePromise<HttpResponse>) & MiddlewareHooks;

/** What settings.MIDDLEWARE names: a factory function, or a class taking get_response. */
export type MiddlewareFactory = ((get_response: GetResponse) => Middleware) | (new (get_response: GetResponse) => MiddlewareMixin);

/** Applies `fn` to a value that may still be a Promise. */
export function and_then<T, U>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * Django's MiddlewareMixin: subclasses define process_request (return a response to
 * short-circuit) and/or process_response, and any of the hooks.
 */
export class MiddlewareMixin implements MiddlewareHooks {
  constructor(protected readonly get_response: GetResponse) {}

  process_request?(request: HttpRequest): HttpResponse | null | undefined;
  process_response?(request: HttpRequest, response: HttpResponse): HttpResponse;
  process_view?(request: HttpRequest, view_func: (...args: never[]) => unknown, view_kwargs: Record<string, unknown>): MaybePromise<HttpResponse | null | undefined>;
  process_exception?(request: HttpRequest, exception: unknown): HttpResponse | null | undefined;
  process_template_response?(request: HttpRequest, response: RenderableResponse): RenderableResponse;

  /** Runs process_request, the inner layers, then process_response. */
  __call__(request: HttpRequest): MaybePromise<HttpResponse> {
    const early = this.process_request?.(request);
    const response = early ?? this.get_response(request);
    return and_then(response, (r) => (this.process_response ? this.process_response(request, r) : r));
  }
}

/** True for a class (rather than a factory function) in settings.MIDDLEWARE. */
function isMiddlewareClass(factory: MiddlewareFactory): factory is new (get_response: GetResponse) => MiddlewareMixin {
  return typeof (factory.prototype as { __call__?: unknown } | undefined)?.__call__ === "function";
}

/** Builds one middleware around `get_response`, whichever spelling it uses. */
export function instantiate(factory: MiddlewareFactory, get_response: GetResponse): Middleware {
  if (!isMiddlewareClass(factory)) return factory(get_response);
  const instance = new factory(get_response);
  const call: Middleware = (request) => instance.__call__(request);
  if (instance.process_view) call.process_view = instance.process_view.bind(instance);
  if (instance.process_exception) call.process_exception = instance.process_exception.bind(instance);
  if (instance.process_template_response) call.process_template_response = instance.process_template_response.bind(instance);
  return call;
}

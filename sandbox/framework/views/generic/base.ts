/**
 * View, TemplateView and RedirectView, as in Django's views/generic/base.py. A view is a
 * class with static configuration; `BookList.as_view()` turns it into the function the
 * URLconf calls with `(request, kwargs)`, which makes a fresh instance per request.
 */
import { ImproperlyConfigured } from "../../core/exceptions";
import type { HttpRequest } from "../../http/request";
import { HttpResponse, HttpResponseGone, HttpResponseNotAllowed, HttpResponsePermanentRedirect, HttpResponseRedirect } from "../../http/response";
import { render_to_string } from "../../template/loader";
import { reverse } from "../../urls/base";

/** A method handler: `get(request, kwargs)`. */
export type Handler = (request: HttpRequest, kwargs: Record<string, unknown>) => HttpResponse | Promise<HttpResponse>;

/** The function as_view() returns, carrying its class and initkwargs as in Django. */
export type ViewFunction = Handler & { view_class: typeof View; view_initkwargs: Record<string, unknown> };

/** The base view: dispatches by HTTP method; `options()` and 405 for methods it lacks. */
export class View {
  static http_method_names = ["get", "post", "put", "patch", "delete", "head", "options", "trace"];
  declare request: HttpRequest;
  kwargs: Record<string, unknown> = {};

  /** The view as a function for the URLconf; `initkwargs` override the class's static options. */
  static as_view(initkwargs: Record<string, unknown> = {}): ViewFunction {
    for (const key of Object.keys(initkwargs)) {
      if (this.http_method_names.includes(key)) throw new TypeError(`The method name ${key} is not accepted as a keyword argument to ${this.name}().`);
      if (!(key in this) && !(key in this.prototype)) {
        throw new TypeError(`${this.name}() received an invalid keyword '${key}'. as_view only accepts arguments that are already attributes of the class.`);
      }
    }
    const cls = Object.keys(initkwargs).length ? Object.assign(class extends this {}, initkwargs) : this;
    const view = (request: HttpRequest, kwargs: Record<string, unknown>) => {
      const self = new cls();
      self.setup(request, kwargs);
      return self.dispatch(request, kwargs);
    };
    Object.defineProperty(view, "name", { value: this.name });
    return Object.assign(view, { view_class: this, view_initkwargs: initkwargs });
  }

  /** Keeps the request and the URL's kwargs on the instance for every method to read. */
  setup(request: HttpRequest, kwargs: Record<string, unknown>): void {
    this.request = request;
    this.kwargs = kwargs;
  }

  /** The handler named after the method (lower case), else http_method_not_allowed. */
  dispatch(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    const method = request.method.toLowerCase();
    const handler = this.handler(method);
    return handler ? handler.call(this, request, kwargs) : this.http_method_not_allowed(request, kwargs);
  }

  private handler(method: string): Handler | undefined {
    if (!(this.constructor as typeof View).http_method_names.includes(method)) return undefined;
    const found = (this as unknown as Record<string, unknown>)[method === "head" && !this.has("head") ? "get" : method];
    return typeof found === "function" ? (found as Handler) : undefined;
  }

  private has(method: string): boolean {
    return typeof (this as unknown as Record<string, unknown>)[method] === "function";
  }

  /** 405 with an Allow header listing the methods this view answers. */
  http_method_not_allowed(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse {
    return new HttpResponseNotAllowed(this._allowed_methods());
  }

  /** OPTIONS: an empty response whose Allow header lists the methods. */
  options(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    return new HttpResponse("", { headers: { Allow: this._allowed_methods().join(", "), "Content-Length": "0" } });
  }

  _allowed_methods(): string[] {
    return (this.constructor as typeof View).http_method_names.filter((m) => this.has(m) || (m === "head" && this.has("get"))).map((m) => m.toUpperCase());
  }
}

/** Renders `template_name` with get_context_data() on GET (ContextMixin and TemplateResponseMixin). */
export class TemplateView extends View {
  static template_name?: string;
  static extra_context?: Record<string, unknown>;
  static content_type?: string;

  /** The template context: `view`, the given kwargs, and extra_context. */
  get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    return { view: this, ...kwargs, ...(this.constructor as typeof TemplateView).extra_context };
  }

  /** The templates to try, in order: `[template_name]` unless overridden. */
  get_template_names(): string[] {
    const name = (this.constructor as typeof TemplateView).template_name;
    if (!name) throw new ImproperlyConfigured("TemplateResponseMixin requires either a definition of 'template_name' or an implementation of 'get_template_names()'");
    return [name];
  }

  /** An HttpResponse rendering the first template found with `context`. */
  render_to_response(context: Record<string, unknown>, options: { status?: number } = {}): HttpResponse {
    const content_type = (this.constructor as typeof TemplateView).content_type;
    return new HttpResponse(render_to_string(this.get_template_names(), context, this.request), { ...options, ...(content_type ? { content_type } : {}) });
  }

  get(_request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    return this.render_to_response(this.get_context_data(kwargs));
  }
}

/** Redirects every method to `url` ("/books/%(pk)s/") or the URL named `pattern_name`; 410 when neither. */
export class RedirectView extends View {
  static permanent = false;
  static url?: string;
  static pattern_name?: string;
  static query_string = false;

  /** The target URL, or null for 410 Gone. */
  get_redirect_url(kwargs: Record<string, unknown>): string | null {
    const { url, pattern_name, query_string } = this.constructor as typeof RedirectView;
    let target: string;
    if (url) target = url.replace(/%\((\w+)\)s/g, (_m, key: string) => String(kwargs[key]));
    else if (pattern_name) target = reverse(pattern_name, { kwargs });
    else return null;
    const query = this.request.META["QUERY_STRING"] ?? "";
    return query && query_string ? `${target}?${query}` : target;
  }

  get(_request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    const url = this.get_redirect_url(kwargs);
    if (!url) return new HttpResponseGone();
    return (this.constructor as typeof RedirectView).permanent ? new HttpResponsePermanentRedirect(url) : new HttpResponseRedirect(url);
  }

  head(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }

  post(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }

  override options(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }

  delete(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }

  put(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }

  patch(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.get(request, kwargs);
  }
}

/**
 * Engine: template settings, loading and the tag libraries, as in Django's
 * template/engine.py. Templates come from an in-memory map by name, like Django's
 * locmem loader; the project passes its `templates/` files.
 */
import type { Tracer } from "../core/trace";
import type { HttpRequest } from "../http/request";
import { Context } from "./context";
import { getContextProcessor, type ContextProcessor } from "./context_processors";
import builtins_filters from "./defaultfilters";
import builtins_tags from "./defaulttags";
import { TemplateDoesNotExist } from "./exceptions";
import type { Library } from "./library";
import builtins_loader from "./loader_tags";
import { Template } from "./template";

export interface EngineOptions {
  /** Template sources by name: `{ "books/list.html": "..." }`. */
  templates?: Record<string, string>;
  /** What an invalid variable renders as (may contain "%s" for its name). */
  string_if_invalid?: string;
  autoescape?: boolean;
  /** Libraries for `{% load name %}`. */
  libraries?: Record<string, Library>;
  /** Libraries loaded in every template, after the built-ins. */
  builtins?: Library[];
  /** Records the template line being rendered, so queries are attributed to it. */
  tracer?: Tracer;
  /** Dotted names of registered context processors, run for renders that have a request. */
  context_processors?: string[];
  /** settings.DEBUG and settings.INTERNAL_IPS, for the debug context processor. */
  debug?: boolean;
  internal_ips?: string[];
}

/** Called each time a template renders, with its context (the test client listens). */
export type RenderListener = (template: Template, context: Context) => void;

/** Django's _builtin_context_processors: every request-rendered template gets `csrf_token`. */
const BUILTIN_CONTEXT_PROCESSOR = "mvt.template.context_processors.csrf";

export class Engine {
  readonly templates: Record<string, string>;
  readonly string_if_invalid: string;
  readonly autoescape: boolean;
  readonly libraries: Record<string, Library>;
  readonly template_libraries: Library[];
  readonly tracer?: Tracer;
  readonly context_processors: ContextProcessor[];
  readonly debug: boolean;
  readonly internal_ips: string[];
  private readonly cache = new Map<string, Template>();
  private readonly listeners = new Set<RenderListener>();

  constructor(options: EngineOptions = {}) {
    this.templates = { ...options.templates };
    this.string_if_invalid = options.string_if_invalid ?? "";
    this.autoescape = options.autoescape ?? true;
    this.libraries = { ...options.libraries };
    this.template_libraries = [builtins_tags, builtins_loader, builtins_filters, ...(options.builtins ?? [])];
    if (options.tracer) this.tracer = options.tracer;
    // As Django's RequestContext: the csrf processor always runs first, then the configured ones.
    const names = new Set([BUILTIN_CONTEXT_PROCESSOR, ...(options.context_processors ?? [])]);
    this.context_processors = [...names].map(getContextProcessor);
    this.debug = options.debug ?? false;
    this.internal_ips = options.internal_ips ?? [];
  }

  from_string(source: string): Template {
    return new Template(source, this);
  }

  /** The compiled template `name`; throws TemplateDoesNotExist listing what was tried. */
  get_template(name: string): Template {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const source = this.templates[name];
    if (source === undefined) throw new TemplateDoesNotExist(name, [`templates/${name} (Source does not exist)`]);
    const template = new Template(source, this, name);
    this.cache.set(name, template);
    return template;
  }

  /** The first of `names` that exists. */
  select_template(names: string[]): Template {
    const tried: string[] = [];
    for (const name of names) {
      try {
        return this.get_template(name);
      } catch (error) {
        if (!(error instanceof TemplateDoesNotExist)) throw error;
        tried.push(...error.tried);
      }
    }
    throw new TemplateDoesNotExist(names.join(", "), tried);
  }

  /** Renders template `name`; with a request, the context processors add their variables first. */
  render_to_string(name: string | string[], context: Record<string, unknown> = {}, request?: HttpRequest): string {
    const template = Array.isArray(name) ? this.select_template(name) : this.get_template(name);
    return template.render(this.make_context(context, request));
  }

  /** A Context for `values`, under the context processors' variables when there is a request (Django's RequestContext). */
  make_context(values: Record<string, unknown> = {}, request?: HttpRequest): Context {
    if (!request) return new Context(values, { autoescape: this.autoescape });
    const processed = Object.assign({}, ...this.context_processors.map((processor) => processor(request, this))) as Record<string, unknown>;
    return new Context({ ...processed, ...values }, { autoescape: this.autoescape });
  }

  /** Listens to every template render; returns a function that stops listening. */
  on_rendered(listener: RenderListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify_rendered(template: Template, context: Context): void {
    for (const listener of this.listeners) listener(template, context);
  }
}

/**
 * Context processors, as in Django's template/context_processors.py: functions of the
 * request whose results every template rendered with that request sees. Settings name
 * them by dotted path (TEMPLATES[0].OPTIONS.context_processors); other parts of mvt
 * register theirs: `registerContextProcessor("mvt.template.context_processors.csrf", csrf)`.
 */
import type { HttpRequest } from "../http/request";
import { get_token } from "../middleware/csrf";
import type { Engine } from "./engine";

/** A context processor: the request in, variables out. */
export type ContextProcessor = (request: HttpRequest, engine: Engine) => Record<string, unknown>;

const registry = new Map<string, ContextProcessor>();

/** Makes `fn` available in settings under the dotted `name`. */
export function registerContextProcessor(name: string, fn: ContextProcessor): void {
  registry.set(name, fn);
}

/** The processor registered as `name`; throws ImproperlyConfigured-style help when unknown. */
export function getContextProcessor(name: string): ContextProcessor {
  const fn = registry.get(name);
  if (!fn) {
    throw new Error(`Context processor '${name}' in settings.TEMPLATES is not registered. Known: ${[...registry.keys()].sort().join(", ")}`);
  }
  return fn;
}

/** `request` in every template. */
export const request: ContextProcessor = (req) => ({ request: req });

/** `debug` and `sql_queries` when DEBUG is on and the request comes from INTERNAL_IPS. */
export const debug: ContextProcessor = (req, engine) => {
  if (!engine.debug || !engine.internal_ips.includes(req.META["REMOTE_ADDR"] ?? "")) return {};
  return { debug: true, sql_queries: engine.tracer?.queries ?? [] };
};

registerContextProcessor("mvt.template.context_processors.request", request);
registerContextProcessor("mvt.template.context_processors.debug", debug);

/** The CSRF token, made (with its cookie) only when a template prints it, as Django's lazy csrf_token. */
class LazyCsrfToken {
  private token?: string;

  constructor(private readonly request: HttpRequest) {}

  toString(): string {
    return (this.token ??= get_token(this.request));
  }
}

/** `csrf_token` for {% csrf_token %}. */
export const csrf: ContextProcessor = (req) => ({ csrf_token: new LazyCsrfToken(req) });

registerContextProcessor("mvt.template.context_processors.csrf", csrf);

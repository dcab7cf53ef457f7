/**
 * Exceptions to responses, as in Django's handlers/exception.py: 404, 403 and 400 with
 * Django's pages; 500 otherwise; technical pages only under DEBUG.
 */
import type { SourceLocation } from "../../protocol";
import type { Tracer } from "../core/trace";
import { BadRequest, Http404, PermissionDenied, SuspiciousOperation } from "../http/exceptions";
import { MultiPartParserError } from "../http/multipartparser";
import type { HttpRequest } from "../http/request";
import { HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound, HttpResponseServerError } from "../http/response";
import { Resolver404 } from "../urls/exceptions";
import { NOT_FOUND_HTML, SERVER_ERROR_HTML, technical_404_html, technical_500_html } from "../views/debug";
import { log } from "./activity";

/** What error pages need from a project. */
export interface HandlerHost {
  readonly debug: boolean;
  readonly root_urlconf: string;
  readonly tracer: Tracer;
  mapStack?: (stack: string) => SourceLocation[];
}

const BAD_REQUEST_HTML = "<h1>Bad Request (400)</h1>";
const FORBIDDEN_HTML = "<h1>403 Forbidden</h1>";

/** Django's response_for_exception. */
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
  if (error instanceof PermissionDenied) {
    log("django.request", "warning", `Forbidden (Permission denied): ${request.path}`);
    return new HttpResponseForbidden(FORBIDDEN_HTML);
  }
  if (error instanceof MultiPartParserError || error instanceof BadRequest) {
    log("django.request", "warning", `Bad request (${error instanceof MultiPartParserError ? "Unable to parse request body" : error.message}): ${request.path}`);
    return new HttpResponseBadRequest(BAD_REQUEST_HTML);
  }
  if (error instanceof SuspiciousOperation) {
    log(`django.security.${error.name}`, "error", error.message);
    if (!host.debug) return new HttpResponseBadRequest(BAD_REQUEST_HTML);
    return technical(host, request, error, queriesBefore, 400);
  }
  if (!host.debug) return new HttpResponseServerError(SERVER_ERROR_HTML);
  return technical(host, request, error, queriesBefore, 500);
}

function technical(host: HandlerHost, request: HttpRequest, error: unknown, queriesBefore: number, status: number): HttpResponse {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const template = (error as { template_location?: { name: string; line: number } } | null)?.template_location;
  const html = technical_500_html({
    method: request.method,
    path: request.path,
    error,
    frames: host.mapStack ? host.mapStack(stack) : [],
    ...(template ? { template } : {}),
    queries: host.tracer.queries.slice(queriesBefore),
  });
  return new HttpResponse(html, { status });
}

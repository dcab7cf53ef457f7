/** Shortcuts for views, as in Django's shortcuts.py: render, redirect, get_object_or_404. */
import { Http404 } from "./http/exceptions";
import type { HttpRequest } from "./http/request";
import { HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect } from "./http/response";
import { render_to_string } from "./template/loader";
import { NoReverseMatch } from "./urls/exceptions";
import { reverse } from "./urls/base";
import type { View } from "./urls/resolvers";

/** Renders a template to an HttpResponse: `render(request, "books/list.html", { books })`. */
export function render(
  request: HttpRequest,
  template_name: string | string[],
  context: Record<string, unknown> = {},
  options: { status?: number; content_type?: string } = {},
): HttpResponse {
  return new HttpResponse(render_to_string(template_name, context, request), options);
}

/** What get_object_or_404 accepts: a model class (its `objects`) or a QuerySet. */
interface QuerySetLike<T> {
  get(lookups: Record<string, unknown>): T;
  model: { name: string; DoesNotExist: abstract new (...args: never[]) => Error; _meta?: { object_name?: string } };
}
interface ModelLike<T> {
  objects: { all(): QuerySetLike<T> };
}

function querysetOf<T>(klass: ModelLike<T> | QuerySetLike<T>, caller: string): QuerySetLike<T> {
  if ("objects" in klass && typeof klass.objects?.all === "function") return klass.objects.all();
  if ("get" in klass && typeof klass.get === "function" && "model" in klass) return klass;
  throw new TypeError(`First argument to ${caller}() must be a Model, Manager, or QuerySet.`);
}

function notFound(model: QuerySetLike<unknown>["model"]): Http404 {
  return new Http404(`No ${model._meta?.object_name ?? model.name} matches the given query.`);
}

/** The object matching `lookups`, or Http404: `get_object_or_404(Book, { pk })`. */
export function get_object_or_404<T>(klass: ModelLike<T> | QuerySetLike<T>, lookups: Record<string, unknown> = {}): T {
  const queryset = querysetOf(klass, "get_object_or_404");
  try {
    return queryset.get(lookups);
  } catch (error) {
    if (error instanceof queryset.model.DoesNotExist) throw notFound(queryset.model);
    throw error;
  }
}

interface FilterableLike<T> {
  filter(lookups: Record<string, unknown>): Iterable<T>;
  model: QuerySetLike<T>["model"];
}

/** The objects matching `lookups` as an array, or Http404 when there are none. */
export function get_list_or_404<T>(klass: { objects: { all(): FilterableLike<T> } } | FilterableLike<T>, lookups: Record<string, unknown> = {}): T[] {
  const queryset = "objects" in klass ? klass.objects.all() : klass;
  if (typeof queryset.filter !== "function") throw new TypeError("First argument to get_list_or_404() must be a Model, Manager, or QuerySet.");
  const objects = [...queryset.filter(lookups)];
  if (!objects.length) throw notFound(queryset.model);
  return objects;
}

/** Where `to` points: an object's get_absolute_url(), a URL name (reversed), or a URL. */
export function resolve_url(to: unknown, options: { args?: unknown[]; kwargs?: Record<string, unknown> } = {}): string {
  if (typeof to === "object" && to !== null && typeof (to as { get_absolute_url?: unknown }).get_absolute_url === "function") {
    return String((to as { get_absolute_url(): unknown }).get_absolute_url());
  }
  if (typeof to === "string" && (to.startsWith("./") || to.startsWith("../"))) return to;
  try {
    return reverse(to as string | View, options);
  } catch (error) {
    if (!(error instanceof NoReverseMatch) || typeof to === "function") throw error;
    if (typeof to !== "string" || (!to.includes("/") && !to.includes("."))) throw error;
    return to;
  }
}

/** A redirect to an object, a URL name or a URL: `redirect("books:detail", { args: [book.pk] })`. */
export function redirect(
  to: unknown,
  options: { args?: unknown[]; kwargs?: Record<string, unknown>; permanent?: boolean } = {},
): HttpResponseRedirect | HttpResponsePermanentRedirect {
  const url = resolve_url(to, options);
  return options.permanent ? new HttpResponsePermanentRedirect(url) : new HttpResponseRedirect(url);
}

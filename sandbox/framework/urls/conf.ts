/** path(), re_path() and include(), as in Django's urls/conf.py. */
import { ImproperlyConfigured } from "../core/exceptions";
import { RegexPattern, RoutePattern, type Pattern } from "./patterns";
import { namespaceWithoutAppName, URLPattern, URLResolver, type Urlconf, type UrlEntry, type View } from "./resolvers";

/** What include() returns: a urlconf with its application namespace and instance namespace. */
export class Include {
  constructor(
    readonly urlconf: Urlconf,
    readonly app_name?: string,
    readonly namespace?: string,
  ) {}
}

/**
 * Includes other URL patterns under a prefix: `include("books.urls")`,
 * `include(booksUrls)`, `include([patterns, "books"])`, `include("books.urls", { namespace: "shelf" })`.
 */
export function include(arg: Urlconf | [readonly UrlEntry[], string], options: { namespace?: string } = {}): Include {
  let urlconf: Urlconf;
  let app_name: string | undefined;
  if (Array.isArray(arg) && arg.length === 2 && Array.isArray(arg[0]) && typeof arg[1] === "string") {
    urlconf = arg[0] as readonly UrlEntry[];
    app_name = arg[1];
  } else {
    urlconf = arg as Urlconf;
    if (typeof urlconf === "object" && !Array.isArray(urlconf)) {
      const name = (urlconf as Record<string, unknown>)["app_name"];
      if (typeof name === "string") app_name = name;
    }
  }
  const namespace = options.namespace ?? app_name;
  // A string urlconf's app_name is only known once the project's modules are loaded.
  if (namespace !== undefined && app_name === undefined && typeof urlconf !== "string") throw namespaceWithoutAppName();
  return new Include(urlconf, app_name, namespace);
}

/** Options of path() and re_path(): the pattern's name, and extra keyword arguments for the view. */
export interface PathOptions {
  name?: string;
  kwargs?: Record<string, unknown>;
}

function makePath(pattern: (isEndpoint: boolean) => Pattern, target: View | Include, options: PathOptions, func: string): UrlEntry {
  if (target instanceof Include) {
    return new URLResolver(pattern(false), target.urlconf, options.kwargs, target.app_name, target.namespace);
  }
  if (typeof target !== "function") {
    throw new ImproperlyConfigured(
      `${func}(): the view must be a function or include(), not ${target === null ? "null" : typeof target}. Did you import the view?`,
    );
  }
  return new URLPattern(pattern(true), target, options.kwargs, options.name);
}

/** A route with `<converter:name>` parameters: `path("<int:pk>/", views.book_detail, { name: "detail" })`. */
export function path(route: string, view: View | Include, options: PathOptions = {}): UrlEntry {
  return makePath((isEndpoint) => new RoutePattern(route, isEndpoint), view, options, "path");
}

/** A route as a regular expression: `re_path("^(?P<year>[0-9]{4})/$", views.year_archive)`. */
export function re_path(regex: string, view: View | Include, options: PathOptions = {}): UrlEntry {
  return makePath(() => new RegexPattern(regex), view, options, "re_path");
}

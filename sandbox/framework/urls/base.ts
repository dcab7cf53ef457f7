/**
 * The URLconf in use and the functions that read it: resolve() and reverse(), as in
 * Django's urls/base.py. The project handling the current request installs its root
 * resolver with set_urlconf(); a Worker handles one request at a time.
 */
import { ImproperlyConfigured } from "../core/exceptions";
import { reverseWith, type ReverseOptions } from "./reverse";
import type { ResolverMatch, URLResolver, View } from "./resolvers";

let active: URLResolver | undefined;

/** Installs the root resolver that resolve() and reverse() use (the project does this). */
export function set_urlconf(resolver: URLResolver | undefined): void {
  active = resolver;
}

/** The root resolver of the active project. */
export function get_resolver(): URLResolver {
  if (!active) throw new ImproperlyConfigured("No URLconf is active: reverse() and resolve() work while a project is set up.");
  return active;
}

/** Resolves a path ("/books/1/") to its view and arguments; throws Resolver404 when nothing matches. */
export function resolve(path: string): ResolverMatch {
  return get_resolver().resolve(path);
}

/** The URL of a named pattern: `reverse("books:detail", { args: [1] })` -> "/books/1/". */
export function reverse(viewname: string | View, options: ReverseOptions = {}): string {
  return reverseWith(get_resolver(), viewname, options);
}

/**
 * URLPattern (one route to one view) and URLResolver (a prefix over a list of patterns,
 * from include()), as in Django's urls/resolvers.py; resolve() walks them in order.
 */
import type { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";
import { ImproperlyConfigured } from "../core/exceptions";
import { Resolver404, type TriedPattern, type TriedPatterns } from "./exceptions";
import type { Pattern } from "./patterns";

/**
 * A view: `(request, kwargs) => HttpResponse`, where kwargs holds the captured URL
 * parameters. Written as a method so that `(request, { pk }: { pk: number })` fits.
 */
export type View = {
  view(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse>;
}["view"];

/** What a urls module exports: `urlpatterns` and, for a namespace, `app_name`. */
export type UrlconfModule = Record<string, unknown>;

/** include()'s target: a dotted module name, a module, or a list of patterns. */
export type Urlconf = string | UrlconfModule | readonly UrlEntry[];

/** Finds a project module by dotted name ("books.urls"). */
export type ModuleLookup = (name: string) => UrlconfModule | undefined;

/** The result of resolve(): the view, its arguments, and where the match came from. */
export class ResolverMatch {
  constructor(
    readonly func: View,
    readonly args: unknown[],
    readonly kwargs: Record<string, unknown>,
    readonly url_name: string | undefined,
    readonly app_names: string[],
    readonly namespaces: string[],
    readonly route: string,
    readonly tried: TriedPatterns = [],
  ) {}

  get app_name(): string {
    return this.app_names.join(":");
  }

  get namespace(): string {
    return this.namespaces.join(":");
  }

  /** `"books:detail"`: the name to reverse this match by. */
  get view_name(): string {
    return [...this.namespaces, this.url_name ?? this.func.name].join(":");
  }
}

/** One route to one view: what `path("<int:pk>/", views.detail, { name })` returns. */
export class URLPattern {
  constructor(
    readonly pattern: Pattern,
    readonly callback: View,
    readonly default_args: Record<string, unknown> = {},
    readonly name?: string,
  ) {}

  resolve(path: string): ResolverMatch | null {
    const match = this.pattern.match(path);
    if (!match) return null;
    const kwargs = { ...match.kwargs, ...this.default_args };
    return new ResolverMatch(this.callback, match.args, kwargs, this.name, [], [], String(this.pattern));
  }

  /** How the 404 page lists this pattern. */
  tried(): TriedPattern {
    return this.name === undefined ? { pattern: String(this.pattern) } : { pattern: String(this.pattern), name: this.name };
  }
}

/** A prefix over included patterns: what `path("books/", include("books.urls"))` returns. */
export class URLResolver {
  private patterns?: readonly UrlEntry[];

  constructor(
    readonly pattern: Pattern,
    readonly urlconf_name: Urlconf,
    readonly default_kwargs: Record<string, unknown> = {},
    public app_name?: string,
    public namespace?: string,
  ) {
    if (typeof urlconf_name !== "string") this.patterns = patternsOf(urlconf_name, describe(urlconf_name));
  }

  /** The included patterns; string urlconfs must be bound to the project's modules first. */
  get url_patterns(): readonly UrlEntry[] {
    if (!this.patterns) {
      throw new ImproperlyConfigured(`The URLconf '${describe(this.urlconf_name)}' was not loaded: set up the project first.`);
    }
    return this.patterns;
  }

  /** Loads string urlconfs (`include("books.urls")`) from the project's modules, recursively. */
  bind(lookup: ModuleLookup): void {
    if (typeof this.urlconf_name === "string") {
      const module = lookup(this.urlconf_name);
      if (!module) {
        throw new ImproperlyConfigured(
          `include('${this.urlconf_name}') found no module '${this.urlconf_name}': create ${this.urlconf_name.replace(/\./g, "/")}.ts exporting urlpatterns.`,
        );
      }
      this.patterns = patternsOf(module, this.urlconf_name);
      if (this.app_name === undefined && typeof module["app_name"] === "string") {
        this.app_name = module["app_name"];
        this.namespace ??= module["app_name"];
      }
      if (this.namespace !== undefined && this.app_name === undefined) throw namespaceWithoutAppName();
    }
    for (const entry of this.url_patterns) if (entry instanceof URLResolver) entry.bind(lookup);
  }

  resolve(path: string): ResolverMatch {
    const match = this.pattern.match(path);
    if (!match) throw new Resolver404(path);
    const tried: TriedPatterns = [];
    for (const entry of this.url_patterns) {
      let sub: ResolverMatch | null;
      try {
        sub = entry.resolve(match.rest);
      } catch (error) {
        if (!(error instanceof Resolver404)) throw error;
        if (error.tried.length) for (const chain of error.tried) tried.push([entry.tried(), ...chain]);
        else tried.push([entry.tried()]);
        continue;
      }
      if (sub) {
        const kwargs = { ...match.kwargs, ...this.default_kwargs, ...sub.kwargs };
        const args = Object.keys(kwargs).length ? sub.args : [...match.args, ...sub.args];
        const route = (entry instanceof URLPattern ? "" : String(entry.pattern)) + sub.route.replace(/^\^/, "");
        return new ResolverMatch(
          sub.func,
          args,
          kwargs,
          sub.url_name,
          [...(this.app_name ? [this.app_name] : []), ...sub.app_names],
          [...(this.namespace ? [this.namespace] : []), ...sub.namespaces],
          route,
          tried,
        );
      }
      tried.push([entry.tried()]);
    }
    throw new Resolver404(match.rest, tried);
  }

  tried(): TriedPattern {
    return { pattern: String(this.pattern) };
  }
}

/** An entry of `urlpatterns`. */
export type UrlEntry = URLPattern | URLResolver;

export function namespaceWithoutAppName(): ImproperlyConfigured {
  return new ImproperlyConfigured(
    "Specifying a namespace in include() without providing an app_name is not supported. " +
      "Set the app_name attribute in the included module, or pass a 2-tuple containing the list of patterns and app_name instead.",
  );
}

function describe(urlconf: Urlconf): string {
  return typeof urlconf === "string" ? urlconf : Array.isArray(urlconf) ? "<list>" : "<module>";
}

function patternsOf(urlconf: UrlconfModule | readonly UrlEntry[], name: string): readonly UrlEntry[] {
  const patterns: unknown = Array.isArray(urlconf) ? urlconf : (urlconf as UrlconfModule)["urlpatterns"];
  if (!Array.isArray(patterns)) {
    throw new ImproperlyConfigured(
      `The included URLconf '${name}' does not appear to have any patterns in it: export const urlpatterns = [path(...), ...].`,
    );
  }
  patterns.forEach((entry: unknown, index) => {
    if (!(entry instanceof URLPattern || entry instanceof URLResolver)) {
      throw new ImproperlyConfigured(
        `urlpatterns[${index}] in '${name}' is not a path(): each entry must come from path(), re_path() or include().`,
      );
    }
  });
  return patterns as readonly UrlEntry[];
}

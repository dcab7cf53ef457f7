/**
 * Finds what settings.MIDDLEWARE names: built-ins by their dotted path ("mvt.middleware.
 * csrf.CsrfViewMiddleware", or Django's "django.middleware.csrf.CsrfViewMiddleware"), and
 * the project's own as "<module>.<export>", e.g. "books.middleware.timing".
 */
import { ImproperlyConfigured } from "../core/exceptions";
import type { NamedMiddleware } from "../handlers/base";
import type { MiddlewareFactory } from "./base";

const builtins = new Map<string, MiddlewareFactory>();

/** Makes a built-in middleware available under `name` ("mvt.middleware.security.SecurityMiddleware"). */
export function register_middleware(name: string, factory: MiddlewareFactory): void {
  builtins.set(name, factory);
}

/** Resolves every name in settings.MIDDLEWARE, with ImproperlyConfigured naming the bad one. */
export function load_middleware(names: unknown, modules: Record<string, Record<string, unknown>>): NamedMiddleware[] {
  if (!Array.isArray(names) || names.some((n) => typeof n !== "string")) {
    throw new ImproperlyConfigured('settings.MIDDLEWARE must be a list of dotted names, e.g. ["mvt.middleware.security.SecurityMiddleware"].');
  }
  return (names as string[]).map((name) => ({ name, factory: find(name, modules) }));
}

function find(name: string, modules: Record<string, Record<string, unknown>>): MiddlewareFactory {
  const builtin = builtins.get(name.replace(/^django\./, "mvt."));
  if (builtin) return builtin;
  const dot = name.lastIndexOf(".");
  const value = dot > 0 ? modules[name.slice(0, dot)]?.[name.slice(dot + 1)] : undefined;
  if (typeof value === "function") return value as MiddlewareFactory;
  const known = [...builtins.keys()].sort().join(", ");
  throw new ImproperlyConfigured(dot > 0 && modules[name.slice(0, dot)]
    ? `Module '${name.slice(0, dot)}' does not export a middleware named '${name.slice(dot + 1)}' (from settings.MIDDLEWARE).`
    : `No middleware '${name}' (from settings.MIDDLEWARE). Built-in ones: ${known}; your own: "<module>.<export>", e.g. "books.middleware.timing".`);
}

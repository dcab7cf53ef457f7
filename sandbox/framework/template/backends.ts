/**
 * The engine's options from a project's settings, as Django's DjangoTemplates backend
 * reads TEMPLATES: OPTIONS (string_if_invalid, autoescape, libraries, builtins,
 * context_processors) and each installed app's `templatetags/` modules.
 */
import { ImproperlyConfigured } from "../core/exceptions";
import type { EngineOptions } from "./engine";
import { Library } from "./library";
import cache from "./templatetags/cache";
import staticLibrary from "./templatetags/static";

/** The libraries Django ships in django/templatetags, loadable in every project. */
const DJANGO_LIBRARIES: Record<string, Library> = { cache, static: staticLibrary };

type Modules = Record<string, Record<string, unknown>>;

/** `{% load name %}` libraries: every `<app>.templatetags.<name>` module of an installed app exporting `register`. */
export function installed_libraries(installed_apps: string[], modules: Modules): Record<string, Library> {
  const libraries: Record<string, Library> = {};
  for (const [dotted, module] of Object.entries(modules)) {
    const m = /^(.+)\.templatetags\.(\w+)$/.exec(dotted);
    if (!m || !installed_apps.includes(m[1] ?? "")) continue;
    const register = module["register"];
    if (!(register instanceof Library)) {
      throw new ImproperlyConfigured(`Invalid template library specified. Module ${dotted} does not have a variable named 'register' holding a Library: export const register = new Library();`);
    }
    libraries[m[2] ?? ""] = register;
  }
  return libraries;
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new ImproperlyConfigured(`${what} must be a list of strings.`);
  return value as string[];
}

/** Engine options from the settings module and the project's modules. */
export function engine_options(settings: Record<string, unknown>, modules: Modules): EngineOptions {
  const templates = settings["TEMPLATES"];
  const first: unknown = Array.isArray(templates) ? templates[0] : undefined;
  const raw: unknown = typeof first === "object" && first !== null ? (first as Record<string, unknown>)["OPTIONS"] : undefined;
  if ((templates !== undefined && !Array.isArray(templates)) || (raw !== undefined && (typeof raw !== "object" || raw === null))) {
    throw new ImproperlyConfigured('settings.TEMPLATES must be a list like [{ OPTIONS: { string_if_invalid: "" } }].');
  }
  const o = (raw ?? {}) as Record<string, unknown>;
  const installed = stringList(settings["INSTALLED_APPS"], "settings.INSTALLED_APPS");
  const extra = typeof o["libraries"] === "object" && o["libraries"] !== null ? (o["libraries"] as Record<string, Library>) : {};
  return {
    libraries: { ...DJANGO_LIBRARIES, ...installed_libraries(installed, modules), ...extra },
    context_processors: stringList(o["context_processors"], "TEMPLATES[0].OPTIONS.context_processors"),
    debug: settings["DEBUG"] === true,
    internal_ips: stringList(settings["INTERNAL_IPS"], "settings.INTERNAL_IPS"),
    ...(typeof o["string_if_invalid"] === "string" ? { string_if_invalid: o["string_if_invalid"] } : {}),
    ...(typeof o["autoescape"] === "boolean" ? { autoescape: o["autoescape"] } : {}),
    ...(Array.isArray(o["builtins"]) ? { builtins: o["builtins"] as Library[] } : {}),
  };
}

/**
 * The contrib apps' models modules, by the dotted names INSTALLED_APPS uses
 * ("mvt.contrib.auth" or Django's "django.contrib.auth"), for Apps.populate.
 */
import { settings } from "../conf/settings";
import * as auth from "./auth/models";
import * as contenttypes from "./contenttypes/models";
import * as sessions from "./sessions/models";

/** Models modules of the built-in apps, under both mvt and Django names. */
export function builtin_modules(): Record<string, Record<string, unknown>> {
  const modules: Record<string, Record<string, unknown>> = {
    "mvt.contrib.contenttypes.models": { ...contenttypes },
    "mvt.contrib.auth.models": auth_models(),
    "mvt.contrib.sessions.models": { ...sessions },
  };
  for (const [name, module] of Object.entries(modules)) modules[name.replace(/^mvt\./, "django.")] = module;
  return modules;
}

/** Apps that must come with another: auth needs contenttypes for its permissions. */
export function with_dependencies(installed: string[]): string[] {
  const needs = installed.some((a) => /^(mvt|django)\.contrib\.auth$/.test(a)) && !installed.some((a) => /^(mvt|django)\.contrib\.contenttypes$/.test(a));
  return needs ? ["mvt.contrib.contenttypes", ...installed] : installed;
}

/** auth's models; User is swapped out (no table) when settings.AUTH_USER_MODEL names another model, as in Django. */
function auth_models(): Record<string, unknown> {
  const { User, ...rest } = auth;
  return /^auth\.user$/i.test(settings.AUTH_USER_MODEL) ? { User, ...rest } : rest;
}

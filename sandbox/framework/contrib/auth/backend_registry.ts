/**
 * Authentication backends by name, as settings.AUTHENTICATION_BACKENDS lists them:
 * built-in dotted names ("mvt.contrib.auth.backends.ModelBackend") or a backend class.
 */
import { settings } from "../../conf/settings";
import { ImproperlyConfigured } from "../../core/exceptions";
import type { HttpRequest } from "../../http/request";
import type { Model } from "../../db/models/base";
import type { AbstractBaseUser } from "./base_user";

/** What an authentication backend may implement, as in Django. */
export interface AuthBackend {
  authenticate?(request: HttpRequest | null, credentials: Record<string, unknown>): AbstractBaseUser | null | undefined;
  get_user?(user_id: unknown): AbstractBaseUser | null;
  get_user_permissions?(user: AbstractBaseUser, obj?: Model | null): Set<string>;
  get_group_permissions?(user: AbstractBaseUser, obj?: Model | null): Set<string>;
  get_all_permissions?(user: AbstractBaseUser, obj?: Model | null): Set<string>;
  has_perm?(user: AbstractBaseUser, perm: string, obj?: Model | null): boolean;
  has_module_perms?(user: AbstractBaseUser, app_label: string): boolean;
}

export type BackendClass = new () => AuthBackend;

const builtins = new Map<string, BackendClass>();

/** Makes a built-in backend available by its dotted name. */
export function register_backend(name: string, cls: BackendClass): void {
  builtins.set(name, cls);
}

/** The backends of settings.AUTHENTICATION_BACKENDS, each with the path login() stores in the session. */
export function get_backends_with_paths(): [AuthBackend, string][] {
  const entries = settings.AUTHENTICATION_BACKENDS as unknown[];
  if (!entries.length) throw new ImproperlyConfigured("No authentication backends have been defined. Does AUTHENTICATION_BACKENDS contain anything?");
  return entries.map((entry): [AuthBackend, string] => {
    if (typeof entry === "function") return [new (entry as BackendClass)(), (entry as BackendClass).name];
    const cls = typeof entry === "string" ? builtins.get(entry.replace(/^django\./, "mvt.")) : undefined;
    if (!cls) throw new ImproperlyConfigured(`Unknown authentication backend ${String(entry)}: list a backend class, or one of ${[...builtins.keys()].join(", ")}.`);
    return [new cls(), entry as string];
  });
}

/** The configured backends. */
export function get_backends(): AuthBackend[] {
  return get_backends_with_paths().map(([backend]) => backend);
}

/** The backend stored in the session under `path` (a dotted name or a backend class name). */
export function load_backend(path: string): AuthBackend | undefined {
  return get_backends_with_paths().find(([, p]) => p === path)?.[0];
}

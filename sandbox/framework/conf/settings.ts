/**
 * `settings`, as in django.conf: the active project's settings module over Django's
 * global defaults. `Project.activate()` configures it; framework code reads it at call
 * time, so `signing.dumps(value)` signs with the loaded project's SECRET_KEY.
 */

/** Django's defaults (conf/global_settings.py) for the settings the framework reads. */
const DEFAULTS = {
  DEBUG: false,
  SECRET_KEY: "",
  ALLOWED_HOSTS: [] as string[],
  MIDDLEWARE: [] as string[],
  APPEND_SLASH: true,
  DEFAULT_HASHING_ALGORITHM: "sha256",
  SIGNING_BACKEND: "mvt.core.signing.TimestampSigner",
  SESSION_ENGINE: "mvt.contrib.sessions.backends.db",
  SESSION_COOKIE_NAME: "sessionid",
  SESSION_COOKIE_AGE: 60 * 60 * 24 * 7 * 2,
  SESSION_COOKIE_DOMAIN: null as string | null,
  SESSION_COOKIE_SECURE: false,
  SESSION_COOKIE_PATH: "/",
  SESSION_COOKIE_HTTPONLY: true,
  SESSION_COOKIE_SAMESITE: "Lax" as "Lax" | "Strict" | "None" | false,
  SESSION_SAVE_EVERY_REQUEST: false,
  SESSION_EXPIRE_AT_BROWSER_CLOSE: false,
  CSRF_COOKIE_NAME: "csrftoken",
  CSRF_COOKIE_AGE: 60 * 60 * 24 * 7 * 52,
  CSRF_COOKIE_DOMAIN: null as string | null,
  CSRF_COOKIE_PATH: "/",
  CSRF_COOKIE_SECURE: false,
  CSRF_COOKIE_HTTPONLY: false,
  CSRF_COOKIE_SAMESITE: "Lax" as "Lax" | "Strict" | "None" | false,
  CSRF_HEADER_NAME: "HTTP_X_CSRFTOKEN",
  CSRF_TRUSTED_ORIGINS: [] as string[],
  CSRF_USE_SESSIONS: false,
  SECURE_CONTENT_TYPE_NOSNIFF: true,
  SECURE_REFERRER_POLICY: "same-origin" as string | null,
  SECURE_HSTS_SECONDS: 0,
  SECURE_HSTS_INCLUDE_SUBDOMAINS: false,
  SECURE_HSTS_PRELOAD: false,
  SECURE_SSL_REDIRECT: false,
  SECURE_SSL_HOST: null as string | null,
  SECURE_REDIRECT_EXEMPT: [] as string[],
  X_FRAME_OPTIONS: "DENY",
  LOGIN_URL: "/accounts/login/",
  LOGIN_REDIRECT_URL: "/accounts/profile/",
  LOGOUT_REDIRECT_URL: null as string | null,
  AUTH_USER_MODEL: "auth.User",
  AUTHENTICATION_BACKENDS: ["mvt.contrib.auth.backends.ModelBackend"],
  PASSWORD_HASHERS: ["mvt.contrib.auth.hashers.PBKDF2PasswordHasher"],
  AUTH_PASSWORD_VALIDATORS: [] as { NAME: string; OPTIONS?: Record<string, unknown> }[],
  MESSAGE_STORAGE: "mvt.contrib.messages.storage.fallback.FallbackStorage",
  MESSAGE_LEVEL: 20,
  MESSAGE_TAGS: {} as Record<number, string>,
  CACHES: { default: { BACKEND: "mvt.core.cache.backends.locmem.LocMemCache" } } as Record<string, Record<string, unknown>>,
  CACHE_MIDDLEWARE_ALIAS: "default",
  CACHE_MIDDLEWARE_SECONDS: 600,
  CACHE_MIDDLEWARE_KEY_PREFIX: "",
  DATA_UPLOAD_MAX_MEMORY_SIZE: 2621440 as number | null,
  DATA_UPLOAD_MAX_NUMBER_FIELDS: 1000 as number | null,
  FILE_UPLOAD_MAX_MEMORY_SIZE: 2621440,
  MEDIA_URL: "/media/",
  /** As every `startproject` settings.py has it (Django's global default is None). */
  STATIC_URL: "/static/" as string | null,
};

/** The settings the framework knows, plus whatever else the project's settings module exports. */
export type Settings = typeof DEFAULTS & Record<string, unknown>;

/** The active settings: read `settings.SECRET_KEY`, as in Django. */
export const settings: Settings = { ...DEFAULTS };

/** Replaces the active settings with Django's defaults overlaid by a settings module's UPPER_CASE names. */
export function configure(module: Record<string, unknown>): void {
  for (const key of Object.keys(settings)) delete settings[key];
  Object.assign(settings, DEFAULTS);
  for (const [key, value] of Object.entries(module)) if (/^[A-Z][A-Z0-9_]*$/.test(key)) settings[key] = value;
}

/**
 * Cross-site request forgery protection, as in Django 3.2's middleware/csrf.py: a secret
 * in a cookie, a masked token in forms ({% csrf_token %}) or the X-CSRFToken header,
 * the Referer check over HTTPS, and 403s with Django's reason strings.
 */
import { settings } from "../conf/settings";
import { patch_vary_headers } from "../core/cache/utils";
import { ImproperlyConfigured } from "../core/exceptions";
import { constant_time_compare, get_random_string } from "../core/crypto";
import { log } from "../handlers/activity";
import { DisallowedHost } from "../http/exceptions";
import { is_same_domain } from "../http/host";
import type { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";
import { MiddlewareMixin } from "./base";
import { csrf_failure } from "./csrf_failure";

export const REASON_NO_REFERER = "Referer checking failed - no Referer.";
export const REASON_BAD_REFERER = "Referer checking failed - %s does not match any trusted origins.";
export const REASON_NO_CSRF_COOKIE = "CSRF cookie not set.";
export const REASON_BAD_TOKEN = "CSRF token missing or incorrect.";
export const REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed.";
export const REASON_INSECURE_REFERER = "Referer checking failed - Referer is insecure while host is secure.";

const CSRF_SECRET_LENGTH = 32;
const CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH;
const CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const CSRF_SESSION_KEY = "_csrftoken";

/** Per-request CSRF state Django keeps in request.META and on the request. */
interface CsrfState {
  cookie?: string;
  used?: boolean;
  needs_reset?: boolean;
  /** Set by the test client: skip the checks (Django's _dont_enforce_csrf_checks). */
  dont_enforce?: boolean;
}

const states = new WeakMap<HttpRequest, CsrfState>();

function state(request: HttpRequest): CsrfState {
  let s = states.get(request);
  if (!s) states.set(request, (s = {}));
  return s;
}

/** Lets the test client skip CSRF checks, as Django's Client does unless enforce_csrf_checks. */
export function dont_enforce_csrf_checks(request: HttpRequest): void {
  state(request).dont_enforce = true;
}

function mask_cipher_secret(secret: string): string {
  const mask = get_random_string(CSRF_SECRET_LENGTH, CHARS);
  let cipher = "";
  for (let i = 0; i < secret.length; i++) cipher += CHARS[(CHARS.indexOf(secret[i]!) + CHARS.indexOf(mask[i]!)) % CHARS.length];
  return mask + cipher;
}

function unmask_cipher_token(token: string): string {
  const mask = token.slice(0, CSRF_SECRET_LENGTH);
  const cipher = token.slice(CSRF_SECRET_LENGTH);
  let secret = "";
  for (let i = 0; i < cipher.length; i++) secret += CHARS[(CHARS.indexOf(cipher[i]!) - CHARS.indexOf(mask[i]!) + CHARS.length) % CHARS.length];
  return secret;
}

function new_csrf_token(): string {
  return mask_cipher_secret(get_random_string(CSRF_SECRET_LENGTH, CHARS));
}

/** Django's _sanitize_token: a 64-character masked token, else a fresh one. */
function sanitize_token(token: string): string {
  if (/[^a-zA-Z0-9]/.test(token)) return new_csrf_token();
  if (token.length === CSRF_TOKEN_LENGTH) return token;
  if (token.length === CSRF_SECRET_LENGTH) return mask_cipher_secret(token);
  return new_csrf_token();
}

/** The token for a form on this page (masked afresh each call); marks the cookie to be sent. */
export function get_token(request: HttpRequest): string {
  const s = state(request);
  s.cookie ??= new_csrf_token();
  s.used = true;
  return mask_cipher_secret(unmask_cipher_token(s.cookie));
}

/** A new CSRF secret for this request (login() calls this). */
export function rotate_token(request: HttpRequest): void {
  Object.assign(state(request), { used: true, cookie: new_csrf_token(), needs_reset: true });
}

/** Django's CsrfViewMiddleware. */
export class CsrfViewMiddleware extends MiddlewareMixin {
  private get_stored_token(request: HttpRequest): string | null {
    if (settings.CSRF_USE_SESSIONS) {
      if (!(request as { session?: unknown }).session) {
        throw new ImproperlyConfigured("CSRF_USE_SESSIONS is enabled, but request.session is not set. SessionMiddleware must appear before CsrfViewMiddleware in MIDDLEWARE.");
      }
      const token = request.session.get(CSRF_SESSION_KEY);
      return typeof token === "string" ? token : null;
    }
    const cookie = request.COOKIES[settings.CSRF_COOKIE_NAME];
    if (cookie === undefined) return null;
    const token = sanitize_token(cookie);
    if (token !== cookie) state(request).needs_reset = true;
    return token;
  }

  override process_request(request: HttpRequest): null {
    const token = this.get_stored_token(request);
    if (token !== null) state(request).cookie = token;
    return null;
  }

  override process_view(request: HttpRequest, callback: (...args: never[]) => unknown): HttpResponse | null {
    if (request.csrf_processing_done) return null;
    if ((callback as { csrf_exempt?: boolean }).csrf_exempt) return null;
    if (["GET", "HEAD", "OPTIONS", "TRACE"].includes(request.method)) return this.accept(request);
    if (state(request).dont_enforce) return this.accept(request);
    if (request.is_secure()) {
      const reason = this.check_referer(request);
      if (reason) return this.reject(request, reason);
    }
    const csrf_token = this.get_stored_token(request);
    if (csrf_token === null) return this.reject(request, REASON_NO_CSRF_COOKIE);
    let request_token = request.method === "POST" ? (request.POST.get("csrfmiddlewaretoken") ?? "") : "";
    if (request_token === "") request_token = request.META[settings.CSRF_HEADER_NAME] ?? "";
    if (!constant_time_compare(unmask_cipher_token(sanitize_token(request_token)), unmask_cipher_token(csrf_token))) {
      return this.reject(request, REASON_BAD_TOKEN);
    }
    return this.accept(request);
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    const s = state(request);
    const marked = response as HttpResponse & { csrf_cookie_set?: boolean };
    if (!s.needs_reset && marked.csrf_cookie_set) return response;
    if (!s.used || !s.cookie) return response;
    if (settings.CSRF_USE_SESSIONS) {
      if (request.session.get(CSRF_SESSION_KEY) !== s.cookie) request.session.set(CSRF_SESSION_KEY, s.cookie);
    } else {
      const samesite = settings.CSRF_COOKIE_SAMESITE || undefined;
      response.set_cookie(settings.CSRF_COOKIE_NAME, s.cookie, {
        max_age: settings.CSRF_COOKIE_AGE,
        ...(settings.CSRF_COOKIE_DOMAIN ? { domain: settings.CSRF_COOKIE_DOMAIN } : {}),
        path: settings.CSRF_COOKIE_PATH,
        secure: settings.CSRF_COOKIE_SECURE,
        httponly: settings.CSRF_COOKIE_HTTPONLY,
        ...(samesite ? { samesite } : {}),
      });
      patch_vary_headers(response, ["Cookie"]);
    }
    marked.csrf_cookie_set = true;
    return response;
  }

  /** The Referer check for HTTPS requests: a reason to reject, or null. */
  private check_referer(request: HttpRequest): string | null {
    const referer = request.META["HTTP_REFERER"];
    if (referer === undefined) return REASON_NO_REFERER;
    const parsed = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(referer);
    if (!parsed || !parsed[2]) return REASON_MALFORMED_REFERER;
    if (parsed[1]!.toLowerCase() !== "https") return REASON_INSECURE_REFERER;
    let good = settings.CSRF_USE_SESSIONS ? settings.SESSION_COOKIE_DOMAIN : settings.CSRF_COOKIE_DOMAIN;
    if (good === null) {
      try {
        good = request.get_host();
      } catch (error) {
        if (!(error instanceof DisallowedHost)) throw error;
      }
    }
    const hosts = [...settings.CSRF_TRUSTED_ORIGINS, ...(good ? [good] : [])];
    return hosts.some((host) => is_same_domain(parsed[2]!, host)) ? null : REASON_BAD_REFERER.replace("%s", referer);
  }

  private accept(request: HttpRequest): null {
    request.csrf_processing_done = true;
    return null;
  }

  private reject(request: HttpRequest, reason: string): HttpResponse {
    log("django.security.csrf", "warning", `Forbidden (${reason}): ${request.path}`);
    return csrf_failure(request, reason);
  }
}

/**
 * authenticate, login, logout and get_user, as in django.contrib.auth's __init__.py:
 * the user's id, backend and a hash of the password live in the session.
 */
import { constant_time_compare } from "../../core/crypto";
import { PermissionDenied } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import { rotate_token } from "../../middleware/csrf";
import { log } from "../../handlers/activity";
import { AnonymousUser } from "./anonymous";
import { get_backends_with_paths, load_backend } from "./backend_registry";
import type { AbstractBaseUser } from "./base_user";
import type { AbstractUser } from "./models";
import { user_logged_in, user_logged_out, user_login_failed } from "./signals";

export const SESSION_KEY = "_auth_user_id";
export const BACKEND_SESSION_KEY = "_auth_user_backend";
export const HASH_SESSION_KEY = "_auth_user_hash";

type AuthUser = AbstractBaseUser & { backend?: string };

/** The user for these credentials from the first backend that knows them, or null (logged as a failed login). */
export function authenticate(request: HttpRequest | null, credentials: Record<string, unknown>): AbstractBaseUser | null {
  for (const [backend, path] of get_backends_with_paths()) {
    let user: AbstractBaseUser | null | undefined;
    try {
      user = backend.authenticate?.(request, credentials);
    } catch (error) {
      if (error instanceof PermissionDenied) break;
      throw error;
    }
    if (!user) continue;
    (user as AuthUser).backend = path;
    return user;
  }
  const cleaned = Object.fromEntries(Object.entries(credentials).map(([k, v]) => [k, /api|token|key|secret|password|signature/i.test(k) ? "********************" : v]));
  log("django.contrib.auth", "warning", `user_login_failed: ${JSON.stringify(cleaned)}`);
  user_login_failed.send("mvt.contrib.auth", { credentials: cleaned, request });
  return null;
}

/** Logs `user` in: a new session key (or a flushed session for another user), a new CSRF token, last_login updated. */
export function login(request: HttpRequest, user: AbstractBaseUser, backend?: string): void {
  const session_auth_hash = user.get_session_auth_hash();
  if (request.session.has(SESSION_KEY)) {
    const other = String(request.session.get(SESSION_KEY)) !== String(user.pk);
    if (other || !constant_time_compare(String(request.session.get(HASH_SESSION_KEY, "")), session_auth_hash)) request.session.flush();
  } else {
    request.session.cycle_key();
  }
  const paths = get_backends_with_paths();
  const chosen = backend ?? (user as AuthUser).backend ?? (paths.length === 1 ? paths[0]![1] : undefined);
  if (!chosen) throw new Error("You have multiple authentication backends configured and therefore must provide the `backend` argument or set the `backend` attribute on the user.");
  request.session.set(SESSION_KEY, String(user.pk));
  request.session.set(BACKEND_SESSION_KEY, chosen);
  request.session.set(HASH_SESSION_KEY, session_auth_hash);
  request.user = user as AbstractUser;
  rotate_token(request);
  update_last_login(user);
  user_logged_in.send(user.constructor, { request, user });
}

/** Django's update_last_login receiver of user_logged_in (called directly: project loads reset receivers). */
function update_last_login(user: AbstractBaseUser): void {
  if (!user._meta.fields.some((f) => f.name === "last_login")) return;
  user.last_login = new Date();
  user.save({ update_fields: ["last_login"] });
}

/** Logs the user out: flushes the session and sets request.user to an AnonymousUser. */
export function logout(request: HttpRequest): void {
  const user = (request as { user?: AbstractUser | AnonymousUser }).user ?? null;
  user_logged_out.send(user?.is_authenticated ? user.constructor : null, { request, user: user?.is_authenticated ? user : null });
  request.session.flush();
  request.user = new AnonymousUser();
}

/** The user of the request's session, or an AnonymousUser; a changed password ends the session. */
export function get_user(request: HttpRequest): AbstractUser | AnonymousUser {
  const user_id = request.session.get(SESSION_KEY);
  const path = request.session.get(BACKEND_SESSION_KEY);
  if (user_id === undefined || typeof path !== "string") return new AnonymousUser();
  const user = load_backend(path)?.get_user?.(user_id) ?? null;
  if (!user) return new AnonymousUser();
  const hash = request.session.get(HASH_SESSION_KEY);
  if (typeof hash !== "string" || !constant_time_compare(hash, user.get_session_auth_hash())) {
    request.session.flush();
    return new AnonymousUser();
  }
  return user as AbstractUser;
}

/** Keeps the user logged in after a password change (Django's update_session_auth_hash). */
export function update_session_auth_hash(request: HttpRequest, user: AbstractBaseUser): void {
  request.session.cycle_key();
  if (request.user === user) request.session.set(HASH_SESSION_KEY, user.get_session_auth_hash());
}

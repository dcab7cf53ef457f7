/**
 * The test client's login, as Django's Client.login/force_login/logout: the session is
 * made and saved as a real login would, and its cookie set on the client, so the next
 * request is the user's.
 */
import { settings } from "../conf/settings";
import type { AbstractBaseUser } from "../contrib/auth/base_user";
import { authenticate, get_user, login, logout } from "../contrib/auth/login";
import type { SessionBase } from "../contrib/sessions/backends/base";
import { session_store } from "../contrib/sessions/middleware";
import { HttpRequest } from "../http/request";

/** What the client keeps: its cookies by name. */
export interface CookieJar {
  cookies: Record<string, string>;
}

/** The client's session: from its session cookie, else a new one. */
function client_session(jar: CookieJar): SessionBase {
  const Store = session_store();
  return new Store(jar.cookies[settings.SESSION_COOKIE_NAME] ?? null);
}

/** Logs `user` in through `backend` on a fresh request, then keeps the session cookie. */
export function login_user(jar: CookieJar, user: AbstractBaseUser, backend?: string): void {
  const request = new HttpRequest();
  request.session = client_session(jar);
  login(request, user, backend);
  request.session.save();
  jar.cookies[settings.SESSION_COOKIE_NAME] = request.session.session_key ?? "";
}

/** Django's Client.login(): true and logged in when the credentials authenticate, else false. */
export function login_with(jar: CookieJar, credentials: Record<string, unknown>): boolean {
  const user = authenticate(null, credentials);
  if (!user) return false;
  login_user(jar, user);
  return true;
}

/** Django's Client.force_login(): no password check; the first backend unless one is named. */
export function force_login(jar: CookieJar, user: AbstractBaseUser, backend?: string): void {
  login_user(jar, user, backend ?? settings.AUTHENTICATION_BACKENDS[0]);
}

/** Django's Client.logout(): flushes the session (user_logged_out is sent) and forgets every cookie. */
export function logout_client(jar: CookieJar): void {
  const request = new HttpRequest();
  request.session = client_session(jar);
  if (settings.SESSION_COOKIE_NAME in jar.cookies) request.user = get_user(request);
  logout(request);
  jar.cookies = {};
}

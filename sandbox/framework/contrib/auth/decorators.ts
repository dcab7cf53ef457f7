/** login_required, permission_required and user_passes_test, as in django.contrib.auth.decorators. */
import { settings } from "../../conf/settings";
import { PermissionDenied } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import { HttpResponseRedirect, type HttpResponse } from "../../http/response";
import type { AnonymousUser } from "./anonymous";
import type { AbstractUser } from "./models";

type View<A extends unknown[]> = (request: HttpRequest, ...args: A) => HttpResponse | Promise<HttpResponse>;

export const REDIRECT_FIELD_NAME = "next";

/** The login URL with ?next=<this page>, as Django's redirect_to_login. */
export function redirect_to_login(next: string, login_url = settings.LOGIN_URL, redirect_field_name = REDIRECT_FIELD_NAME): HttpResponseRedirect {
  const url = new URL(login_url, "http://testserver");
  url.searchParams.set(redirect_field_name, next);
  const relative = /^https?:\/\//.test(login_url) ? url.toString() : url.pathname + url.search;
  return new HttpResponseRedirect(relative.replace(/%2F/g, "/"));
}

/** Runs the view if `test(request.user)`, else redirects to the login page. */
export function user_passes_test(test: (user: AbstractUser | AnonymousUser) => boolean, options: { login_url?: string; redirect_field_name?: string } = {}) {
  return <A extends unknown[]>(view: View<A>): View<A> => {
    const wrapped = (request: HttpRequest, ...args: A) =>
      test(request.user) ? view(request, ...args) : redirect_to_login(request.get_full_path(), options.login_url ?? settings.LOGIN_URL, options.redirect_field_name ?? REDIRECT_FIELD_NAME);
    return Object.assign(wrapped, view);
  };
}

/** Only for logged-in users: `login_required(view)` or `login_required({ login_url: "/in/" })(view)`. */
export function login_required<A extends unknown[]>(view: View<A>): View<A>;
export function login_required(options: { login_url?: string; redirect_field_name?: string }): <A extends unknown[]>(view: View<A>) => View<A>;
export function login_required<A extends unknown[]>(arg: View<A> | { login_url?: string; redirect_field_name?: string }) {
  if (typeof arg === "function") return user_passes_test((u) => u.is_authenticated)(arg);
  return user_passes_test((u) => u.is_authenticated, arg);
}

/** Only for users with every permission; `raise_exception` answers 403 instead of redirecting. */
export function permission_required(perm: string | string[], options: { login_url?: string; raise_exception?: boolean } = {}) {
  const perms = typeof perm === "string" ? [perm] : perm;
  return user_passes_test((user) => {
    if (user.has_perms(perms)) return true;
    if (options.raise_exception) throw new PermissionDenied();
    return false;
  }, options);
}

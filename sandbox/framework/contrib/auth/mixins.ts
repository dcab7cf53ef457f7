/**
 * LoginRequiredMixin, PermissionRequiredMixin and UserPassesTestMixin, as in
 * django.contrib.auth.mixins. Python lists mixins before the view; TypeScript wraps the
 * view: `class Secret extends LoginRequiredMixin(TemplateView) { static login_url = "/in/" }`.
 */
import { settings } from "../../conf/settings";
import { ImproperlyConfigured } from "../../core/exceptions";
import { PermissionDenied } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import { resolve_url } from "../../shortcuts";
import type { View } from "../../views/generic/base";
import { redirect_to_login, REDIRECT_FIELD_NAME } from "./decorators";

/** AccessMixin's options, read from the view class. */
export interface AccessOptions {
  login_url?: string;
  permission_denied_message?: string;
  raise_exception?: boolean;
  redirect_field_name?: string;
}

type Outcome = HttpResponse | Promise<HttpResponse>;
type ViewClass = typeof View;
type Instance = View & Record<string, unknown>;

/** What to do when access is refused (Django's AccessMixin.handle_no_permission). */
function handle_no_permission(view: View): HttpResponse {
  const options = view.constructor as AccessOptions;
  const request = view.request;
  if (options.raise_exception || request.user.is_authenticated) throw new PermissionDenied(options.permission_denied_message ?? "");
  const login_url = options.login_url ?? settings.LOGIN_URL;
  if (!login_url) throw new ImproperlyConfigured(`${view.constructor.name} is missing the login_url attribute. Define ${view.constructor.name}.login_url, settings.LOGIN_URL, or override ${view.constructor.name}.get_login_url().`);
  const resolved = resolve_url(login_url);
  // A login page on another host gets the absolute URL of this page; on this host, the path.
  const absolute = request.build_absolute_uri();
  const here = new URL(absolute);
  const there = new URL(resolved, absolute);
  const next = there.protocol === here.protocol && there.host === here.host ? request.get_full_path() : absolute;
  return redirect_to_login(next, resolved, options.redirect_field_name ?? REDIRECT_FIELD_NAME);
}

/** Wraps `Base` so dispatch() first runs `allowed`; refused requests go to handle_no_permission. */
function guard<T extends ViewClass>(Base: T, allowed: (view: Instance, request: HttpRequest) => boolean): T & AccessOptions {
  const base: ViewClass = Base;
  class Guarded extends base {
    override dispatch(request: HttpRequest, kwargs: Record<string, unknown>): Outcome {
      if (!allowed(this as unknown as Instance, request)) return handle_no_permission(this);
      return super.dispatch(request, kwargs);
    }
  }
  Object.defineProperty(Guarded, "name", { value: Base.name });
  return Guarded as unknown as T & AccessOptions;
}

/** Anonymous users are redirected to the login page with ?next=<this page>; the view runs for everyone else. */
export function LoginRequiredMixin<T extends ViewClass>(Base: T) {
  return guard(Base, (_view, request) => request.user.is_authenticated);
}

/** The view runs for users with every permission in `static permission_required` ("books.add_book" or a list). */
export function PermissionRequiredMixin<T extends ViewClass>(Base: T) {
  return guard(Base, (view, request) => {
    const own = view["has_permission"];
    if (typeof own === "function") return Boolean((own as () => unknown).call(view));
    return request.user.has_perms(get_permission_required(view));
  });
}

/** The permissions a PermissionRequiredMixin view needs: its get_permission_required() or `static permission_required`. */
function get_permission_required(view: Instance): string[] {
  const own = view["get_permission_required"];
  if (typeof own === "function") return (own as () => string[]).call(view);
  const perms = (view.constructor as { permission_required?: string | string[] }).permission_required;
  if (perms === undefined) {
    const name = view.constructor.name;
    throw new ImproperlyConfigured(`${name} is missing the permission_required attribute. Define ${name}.permission_required, or override ${name}.get_permission_required().`);
  }
  return typeof perms === "string" ? [perms] : perms;
}

/** The view runs when the view's test_func() (or get_test_func()'s function) returns true. */
export function UserPassesTestMixin<T extends ViewClass>(Base: T) {
  return guard(Base, (view) => {
    const getter = view["get_test_func"];
    const test = typeof getter === "function" ? (getter as () => unknown).call(view) : view["test_func"];
    if (typeof test !== "function") {
      throw new NotImplementedError(`${view.constructor.name} is missing the implementation of the test_func() method.`);
    }
    return Boolean((test as () => unknown).call(view));
  });
}

/** Python's NotImplementedError, for a mixin whose required method is missing. */
export class NotImplementedError extends Error {
  override name = "NotImplementedError";
}

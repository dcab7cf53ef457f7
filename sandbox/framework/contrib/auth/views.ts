/**
 * LoginView, LogoutView, PasswordChangeView and PasswordChangeDoneView, as in
 * django.contrib.auth.views (3.2): `path("accounts/login/", LoginView.as_view())`.
 * Templates are the project's: registration/login.html, registration/logged_out.html,
 * registration/password_change_form.html and registration/password_change_done.html.
 */
import { settings } from "../../conf/settings";
import { add_never_cache_headers } from "../../core/cache/utils";
import { and_then } from "../../middleware/base";
import type { Form, FormOptions } from "../../forms/forms";
import type { HttpRequest } from "../../http/request";
import { HttpResponseRedirect, type HttpResponse } from "../../http/response";
import { resolve_url } from "../../shortcuts";
import { reverse } from "../../urls/base";
import { TemplateView } from "../../views/generic/base";
import { FormView } from "../../views/generic/edit";
import type { AbstractBaseUser } from "./base_user";
import { REDIRECT_FIELD_NAME } from "./decorators";
import { AuthenticationForm, PasswordChangeForm } from "./forms";
import { login, logout, update_session_auth_hash } from "./login";
import { LoginRequiredMixin } from "./mixins";

type Outcome = HttpResponse | Promise<HttpResponse>;

/** Django decorates these views with never_cache. */
function never_cached(outcome: Outcome): Outcome {
  return and_then(outcome, (response) => {
    add_never_cache_headers(response);
    return response;
  });
}

/** True if `url` is a relative URL or one on `allowed_hosts` with a safe scheme, as Django's url_has_allowed_host_and_scheme. */
export function url_has_allowed_host_and_scheme(url: string | null | undefined, allowed_hosts: Set<string>, require_https = false): boolean {
  const trimmed = (url ?? "").trim();
  if (!trimmed) return false;
  // Browsers read "\\" as "//", so both spellings must be safe.
  return [trimmed, trimmed.replace(/\\/g, "/")].every((u) => allowed_url(u, allowed_hosts, require_https));
}

function allowed_url(url: string, allowed_hosts: Set<string>, require_https: boolean): boolean {
  if (url.startsWith("///") || /^\p{C}/u.test(url)) return false;
  const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?/.exec(url);
  const scheme = match?.[1]?.toLowerCase();
  const netloc = match?.[2];
  if (!netloc && scheme) return false;
  const schemes = require_https ? ["https"] : ["http", "https"];
  return (!netloc || allowed_hosts.has(netloc)) && (!scheme || schemes.includes(scheme));
}

/** The `next` URL of the request (POST, then GET) if it is safe to go to, else "". */
function safe_next(request: HttpRequest, field: string, extra_hosts: readonly string[]): string {
  const next = String(request.POST.get(field) ?? request.GET.get(field) ?? "");
  const hosts = new Set([request.get_host(), ...extra_hosts]);
  return url_has_allowed_host_and_scheme(next, hosts, request.is_secure()) ? next : "";
}

/** The login form: GET shows it; a valid POST logs the user in and redirects to `next` or settings.LOGIN_REDIRECT_URL. */
export class LoginView extends FormView {
  // The auth forms take the request (or user) first, so they are stored as plain form classes.
  static override form_class = AuthenticationForm as unknown as typeof Form;
  static authentication_form?: typeof Form;
  static override template_name = "registration/login.html";
  static redirect_field_name = REDIRECT_FIELD_NAME;
  static redirect_authenticated_user = false;
  static success_url_allowed_hosts: string[] = [];

  override dispatch(request: HttpRequest, kwargs: Record<string, unknown>): Outcome {
    const cls = this.constructor as typeof LoginView;
    if (cls.redirect_authenticated_user && request.user.is_authenticated) {
      const url = this.get_success_url();
      if (url === request.path) throw new Error("Redirection loop for authenticated user detected. Check that your LOGIN_REDIRECT_URL doesn't point to a login page.");
      return new HttpResponseRedirect(url);
    }
    return never_cached(super.dispatch(request, kwargs));
  }

  override get_success_url(): string {
    return this.get_redirect_url() || resolve_url(settings.LOGIN_REDIRECT_URL);
  }

  /** The user-supplied `next`, if it is safe. */
  get_redirect_url(): string {
    const cls = this.constructor as typeof LoginView;
    return safe_next(this.request, cls.redirect_field_name, cls.success_url_allowed_hosts);
  }

  override get_form_class(): typeof Form {
    const cls = this.constructor as typeof LoginView;
    return cls.authentication_form ?? super.get_form_class();
  }

  override get_form(form_class: typeof Form = this.get_form_class()): Form {
    const Cls = form_class as unknown as new (request: HttpRequest, options: FormOptions) => Form;
    return new Cls(this.request, this.get_form_kwargs());
  }

  override form_valid(form: Form): HttpResponse {
    const user = (form as AuthenticationForm).get_user();
    if (user) login(this.request, user);
    return new HttpResponseRedirect(this.get_success_url());
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    const field = (this.constructor as typeof LoginView).redirect_field_name;
    const host = this.request.get_host();
    return super.get_context_data({ [field]: this.get_redirect_url(), redirect_field_name: field, site_name: host, ...kwargs });
  }
}

/** Logs out on any method, then redirects to `next_page`, `next` or settings.LOGOUT_REDIRECT_URL; else renders registration/logged_out.html. */
export class LogoutView extends TemplateView {
  static next_page: string | null = null;
  static redirect_field_name = REDIRECT_FIELD_NAME;
  static override template_name = "registration/logged_out.html";
  static success_url_allowed_hosts: string[] = [];

  override dispatch(request: HttpRequest, kwargs: Record<string, unknown>): Outcome {
    logout(request);
    const next = this.get_next_page();
    if (next) return never_cached(new HttpResponseRedirect(next));
    return never_cached(super.dispatch(request, kwargs));
  }

  post(request: HttpRequest, kwargs: Record<string, unknown>): Outcome {
    return this.get(request, kwargs);
  }

  /** Where to go after logging out, or null to show the template. */
  get_next_page(): string | null {
    const cls = this.constructor as typeof LogoutView;
    let next: string | null = cls.next_page !== null ? resolve_url(cls.next_page) : settings.LOGOUT_REDIRECT_URL ? resolve_url(settings.LOGOUT_REDIRECT_URL) : null;
    const field = cls.redirect_field_name;
    if (this.request.POST.get(field) !== undefined || this.request.GET.get(field) !== undefined) {
      // An unsafe `next` sends the user back to this page, as Django does.
      next = safe_next(this.request, field, cls.success_url_allowed_hosts) || this.request.path;
    }
    return next;
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    return super.get_context_data({ site_name: this.request.get_host(), title: "Logged out", ...kwargs });
  }
}

/** For logged-in users: the old password and a new one twice; success keeps the session and redirects to password_change_done. */
export class PasswordChangeView extends LoginRequiredMixin(FormView) {
  static override form_class = PasswordChangeForm as unknown as typeof Form;
  static override template_name = "registration/password_change_form.html";
  static title = "Password change";

  override get_success_url(): string {
    return (this.constructor as typeof FormView).success_url ?? reverse("password_change_done");
  }

  override get_form(form_class: typeof Form = this.get_form_class()): Form {
    const Cls = form_class as unknown as new (user: AbstractBaseUser, options: FormOptions) => Form;
    return new Cls(this.request.user as AbstractBaseUser, this.get_form_kwargs());
  }

  override form_valid(form: Form): HttpResponse {
    const changed = form as PasswordChangeForm;
    changed.save();
    update_session_auth_hash(this.request, changed.user);
    return super.form_valid(form);
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    return super.get_context_data({ title: (this.constructor as typeof PasswordChangeView).title, ...kwargs });
  }
}

/** "Password change successful", for logged-in users. */
export class PasswordChangeDoneView extends LoginRequiredMixin(TemplateView) {
  static override template_name = "registration/password_change_done.html";
  static title = "Password change successful";

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    return super.get_context_data({ title: (this.constructor as typeof PasswordChangeDoneView).title, ...kwargs });
  }
}

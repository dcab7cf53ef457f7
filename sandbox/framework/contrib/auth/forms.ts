/**
 * AuthenticationForm, SetPasswordForm and PasswordChangeForm, as in
 * django.contrib.auth.forms, built on mvt's forms: `new AuthenticationForm(request, { data: request.POST })`.
 */
import { ValidationError } from "../../core/exceptions";
import { CharField } from "../../forms/fields";
import { Form, type FormOptions } from "../../forms/forms";
import { PasswordInput, TextInput } from "../../forms/widgets";
import type { HttpRequest } from "../../http/request";
import type { AbstractBaseUser } from "./base_user";
import { get_user_model } from "./get_user_model";
import { authenticate } from "./login";
import { password_validators_help_text_html, validate_password } from "./password_validation";

type AuthUser = AbstractBaseUser & { is_active?: boolean };

function password_field(label: string, autocomplete: string, help_text = ""): CharField {
  return new CharField({ label, strip: false, help_text, widget: new PasswordInput({ attrs: { autocomplete } }) });
}

/** Username and password; valid when authenticate() finds an active user (then get_user() returns it). */
export class AuthenticationForm extends Form {
  static override fields = {
    username: new CharField({ widget: new TextInput({ attrs: { autofocus: true, autocapitalize: "none", autocomplete: "username" } }) }),
    password: password_field("Password", "current-password"),
  };
  static error_messages = {
    invalid_login: "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive.",
    inactive: "This account is inactive.",
  };
  readonly request: HttpRequest | null;
  user_cache: AuthUser | null = null;

  constructor(request: HttpRequest | null = null, options: FormOptions = {}) {
    super(options);
    this.request = request;
    // The username field is labelled and sized after the user model's USERNAME_FIELD, as Django's.
    const User = get_user_model();
    const model_field = User._meta.fields.find((f) => f.name === User.USERNAME_FIELD);
    const username = this.fields["username"] as CharField;
    username.max_length = (model_field as { max_length?: number } | undefined)?.max_length ?? 254;
    username.widget.attrs["maxlength"] = String(username.max_length);
    username.label ??= capfirst(model_field?.verbose_name || User.USERNAME_FIELD);
  }

  override clean(): Record<string, unknown> {
    const { username, password } = this.cleaned_data;
    if (username && password) {
      this.user_cache = authenticate(this.request, { username, password });
      if (!this.user_cache) throw this.get_invalid_login_error();
      this.confirm_login_allowed(this.user_cache);
    }
    return this.cleaned_data;
  }

  /** Override to refuse some users; by default inactive ones ("This account is inactive."). */
  confirm_login_allowed(user: AuthUser): void {
    if (user.is_active === false) throw new ValidationError((this.constructor as typeof AuthenticationForm).error_messages.inactive, { code: "inactive" });
  }

  get_user(): AuthUser | null {
    return this.user_cache;
  }

  get_invalid_login_error(): ValidationError {
    const User = get_user_model();
    const verbose = User._meta.fields.find((f) => f.name === User.USERNAME_FIELD)?.verbose_name || User.USERNAME_FIELD;
    const message = (this.constructor as typeof AuthenticationForm).error_messages.invalid_login.replace("%(username)s", verbose);
    return new ValidationError(message, { code: "invalid_login" });
  }
}

/** A new password typed twice and checked by the password validators; save() sets it. */
export class SetPasswordForm extends Form {
  static override fields = {
    new_password1: password_field("New password", "new-password"),
    new_password2: password_field("New password confirmation", "new-password"),
  };
  static error_messages: Record<string, string> = { password_mismatch: "The two password fields didn’t match." };
  readonly user: AuthUser;

  constructor(user: AuthUser, options: FormOptions = {}) {
    super(options);
    this.user = user;
    (this.fields["new_password1"] as CharField).help_text = password_validators_help_text_html();
  }

  clean_new_password2(): unknown {
    const password1 = this.cleaned_data["new_password1"];
    const password2 = this.cleaned_data["new_password2"];
    if (password1 && password2 && password1 !== password2) {
      throw new ValidationError((this.constructor as typeof SetPasswordForm).error_messages["password_mismatch"] ?? "", { code: "password_mismatch" });
    }
    validate_password(String(password2), this.user);
    return password2;
  }

  /** Sets the new password; saves the user unless `commit` is false. */
  save(options: { commit?: boolean } = {}): AuthUser {
    this.user.set_password(String(this.cleaned_data["new_password1"]));
    if (options.commit ?? true) this.user.save();
    return this.user;
  }
}

/** SetPasswordForm that first asks for the old password. */
export class PasswordChangeForm extends SetPasswordForm {
  static override fields = {
    old_password: new CharField({ label: "Old password", strip: false, widget: new PasswordInput({ attrs: { autocomplete: "current-password", autofocus: true } }) }),
    ...SetPasswordForm.fields,
  };
  static override error_messages: Record<string, string> = {
    ...SetPasswordForm.error_messages,
    password_incorrect: "Your old password was entered incorrectly. Please enter it again.",
  };

  clean_old_password(): unknown {
    const old = String(this.cleaned_data["old_password"] ?? "");
    if (!this.user.check_password(old)) {
      throw new ValidationError((this.constructor as typeof PasswordChangeForm).error_messages["password_incorrect"] ?? "", { code: "password_incorrect" });
    }
    return old;
  }
}

function capfirst(text: string): string {
  return text ? (text[0] ?? "").toUpperCase() + text.slice(1) : text;
}

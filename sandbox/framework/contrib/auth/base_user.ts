/** AbstractBaseUser, as in django.contrib.auth.base_user: a password and a last login. */
import { settings } from "../../conf/settings";
import { hex, salted_hmac } from "../../core/crypto";
import { Model } from "../../db/models/base";
import { Manager } from "../../db/models/manager";
import { CharField, DateTimeField } from "../../db/models/fields";
import type { Field } from "../../db/models/fields";
import { check_password, is_password_usable, make_password } from "./hashers";

/** Base of user models: `class Member extends AbstractBaseUser { static fields = { ...AbstractBaseUser.abstract_fields(), email: ... } }`. */
export class AbstractBaseUser extends Model {
  static Meta = { abstract: true };
  static USERNAME_FIELD = "username";
  static EMAIL_FIELD = "email";
  static REQUIRED_FIELDS: string[] = [];
  declare password: string;
  declare last_login: Date | null;

  /** Fresh field instances for a concrete subclass (each model needs its own fields). */
  static abstract_fields(): Record<string, Field> {
    return {
      password: new CharField({ max_length: 128, verbose_name: "password" }),
      last_login: new DateTimeField({ null: true, blank: true, verbose_name: "last login" }),
    };
  }

  /** Django's normalize_username: NFKC, so look-alike Unicode forms of a name are one name. */
  static normalize_username(username: string): string {
    return typeof username === "string" ? username.normalize("NFKC") : username;
  }

  /** The value of USERNAME_FIELD. */
  get_username(): string {
    return String((this as unknown as Record<string, unknown>)[(this.constructor as typeof AbstractBaseUser).USERNAME_FIELD]);
  }

  get is_authenticated(): boolean {
    return true;
  }

  get is_anonymous(): boolean {
    return false;
  }

  /** Hashes and stores a new password (call save() afterwards). */
  set_password(raw_password: string | null): void {
    this.password = make_password(raw_password);
  }

  /** True if `raw_password` is right; upgrades an outdated hash in the database. */
  check_password(raw_password: string): boolean {
    return check_password(raw_password, this.password, (password) => {
      this.set_password(password);
      this.save({ update_fields: ["password"] });
    });
  }

  set_unusable_password(): void {
    this.password = make_password(null);
  }

  has_usable_password(): boolean {
    return is_password_usable(this.password);
  }

  /** An HMAC of the password hash: sessions die when the password changes. */
  get_session_auth_hash(): string {
    return hex(salted_hmac("django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash", this.password, settings.SECRET_KEY, "sha256"));
  }

  override toString(): string {
    return this.get_username();
  }
}

/** Django's BaseUserManager: the manager base of user models, with email normalising and natural keys. */
export class BaseUserManager<T extends AbstractBaseUser = AbstractBaseUser> extends Manager<T> {
  /** Lower-cases the domain part: "Ann@EXAMPLE.COM" -> "Ann@example.com"; null becomes "". */
  static normalize_email(email: string | null | undefined): string {
    const text = email ?? "";
    const trimmed = text.trim();
    const at = trimmed.lastIndexOf("@");
    if (at === -1) return text;
    return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  }

  /** The user whose USERNAME_FIELD is `username` (fixtures' natural keys). */
  get_by_natural_key(username: string): T {
    const model = this.model as unknown as typeof AbstractBaseUser;
    return this.get({ [model.USERNAME_FIELD]: username });
  }
}

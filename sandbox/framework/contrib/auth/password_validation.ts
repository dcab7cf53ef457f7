/**
 * Password validation, as in django.contrib.auth.password_validation: the validators
 * named in settings.AUTH_PASSWORD_VALIDATORS, validate_password(), and their help texts.
 */
import { settings } from "../../conf/settings";
import { ImproperlyConfigured, ValidationError } from "../../core/exceptions";
import { combine } from "../../forms/utils";
import { escape } from "../../template/safestring";
import type { Model } from "../../db/models/base";
import { COMMON_PASSWORDS } from "./common_passwords";

/** A password validator: throws ValidationError for a bad password; `user` may be null. */
export interface PasswordValidator {
  validate(password: string, user?: Model | null): void;
  get_help_text(): string;
}

/** At least `min_length` characters (default 8). */
export class MinimumLengthValidator implements PasswordValidator {
  readonly min_length: number;
  constructor(options: { min_length?: number } = {}) {
    this.min_length = options.min_length ?? 8;
  }

  validate(password: string): void {
    if ([...password].length < this.min_length) {
      const unit = this.min_length === 1 ? "character" : "characters";
      throw new ValidationError(`This password is too short. It must contain at least ${this.min_length} ${unit}.`, { code: "password_too_short" });
    }
  }

  get_help_text(): string {
    return `Your password must contain at least ${this.min_length} ${this.min_length === 1 ? "character" : "characters"}.`;
  }
}

/** Not too similar to the user's username, names or email (difflib's quick_ratio >= max_similarity). */
export class UserAttributeSimilarityValidator implements PasswordValidator {
  static readonly DEFAULT_USER_ATTRIBUTES = ["username", "first_name", "last_name", "email"];
  readonly user_attributes: string[];
  readonly max_similarity: number;
  constructor(options: { user_attributes?: string[]; max_similarity?: number } = {}) {
    this.user_attributes = options.user_attributes ?? UserAttributeSimilarityValidator.DEFAULT_USER_ATTRIBUTES;
    this.max_similarity = options.max_similarity ?? 0.7;
  }

  validate(password: string, user: Model | null = null): void {
    if (!user) return;
    for (const name of this.user_attributes) {
      const value = (user as unknown as Record<string, unknown>)[name];
      if (!value || typeof value !== "string") continue;
      // Python's re.split(r'\W+', value) + [value]
      for (const part of [...value.split(/[^\p{L}\p{N}_]+/u), value]) {
        if (quick_ratio(password.toLowerCase(), part.toLowerCase()) >= this.max_similarity) {
          const field = user._meta.fields.find((f) => f.name === name);
          const verbose_name = field?.verbose_name || name;
          throw new ValidationError(`The password is too similar to the ${verbose_name}.`, { code: "password_too_similar" });
        }
      }
    }
  }

  get_help_text(): string {
    return "Your password can’t be too similar to your other personal information.";
  }
}

/** difflib.SequenceMatcher(a, b).quick_ratio(): 2 * shared characters / total length. */
export function quick_ratio(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) + 1);
  let matches = 0;
  for (const c of a) {
    const left = counts.get(c) ?? 0;
    if (left > 0) matches += 1;
    counts.set(c, left - 1);
  }
  const total = [...a].length + [...b].length;
  return total ? (2 * matches) / total : 1;
}

/** Not in a list of common passwords (compared lower-cased and trimmed). */
export class CommonPasswordValidator implements PasswordValidator {
  readonly passwords: Set<string>;
  constructor(options: { password_list?: readonly string[] } = {}) {
    this.passwords = new Set((options.password_list ?? COMMON_PASSWORDS).map((p) => p.trim().toLowerCase()));
  }

  validate(password: string): void {
    if (this.passwords.has(password.toLowerCase().trim())) throw new ValidationError("This password is too common.", { code: "password_too_common" });
  }

  get_help_text(): string {
    return "Your password can’t be a commonly used password.";
  }
}

/** Not only digits. */
export class NumericPasswordValidator implements PasswordValidator {
  validate(password: string): void {
    if (/^\p{Nd}+$/u.test(password)) throw new ValidationError("This password is entirely numeric.", { code: "password_entirely_numeric" });
  }

  get_help_text(): string {
    return "Your password can’t be entirely numeric.";
  }
}

type ValidatorClass = new (options: Record<string, unknown>) => PasswordValidator;

const VALIDATORS: Record<string, ValidatorClass> = {
  MinimumLengthValidator,
  UserAttributeSimilarityValidator,
  CommonPasswordValidator,
  NumericPasswordValidator,
};

/** The validators in settings.AUTH_PASSWORD_VALIDATORS ({ NAME, OPTIONS }); NAME is Django's dotted path, mvt's, or a class. */
export function get_default_password_validators(): PasswordValidator[] {
  return get_password_validators(settings.AUTH_PASSWORD_VALIDATORS);
}

export function get_password_validators(config: readonly { NAME: string | ValidatorClass; OPTIONS?: Record<string, unknown> }[]): PasswordValidator[] {
  return config.map(({ NAME, OPTIONS }) => {
    const cls = typeof NAME === "function" ? NAME : VALIDATORS[NAME.replace(/^(django|mvt)\.contrib\.auth\.password_validation\./, "")];
    if (!cls) throw new ImproperlyConfigured(`The module in NAME could not be imported: ${String(NAME)}. Check your AUTH_PASSWORD_VALIDATORS setting.`);
    return new cls(OPTIONS ?? {});
  });
}

/** Throws one ValidationError with every failing validator's message (codes kept); does nothing if all pass. */
export function validate_password(password: string, user: Model | null = null, password_validators: PasswordValidator[] = get_default_password_validators()): void {
  const errors: ValidationError[] = [];
  for (const validator of password_validators) {
    try {
      validator.validate(password, user);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length) throw combine(errors);
}

/** Each validator's help text. */
export function password_validators_help_texts(password_validators: PasswordValidator[] = get_default_password_validators()): string[] {
  return password_validators.map((v) => v.get_help_text());
}

/** The help texts as an HTML list (a form field's help_text), "" when there are none. */
export function password_validators_help_text_html(password_validators: PasswordValidator[] = get_default_password_validators()): string {
  const items = password_validators_help_texts(password_validators).map((text) => `<li>${escape(text).toString()}</li>`);
  return items.length ? `<ul>${items.join("")}</ul>` : "";
}

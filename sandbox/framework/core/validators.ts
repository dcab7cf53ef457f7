/**
 * Validators (Django: core/validators.py): functions that raise ValidationError with
 * Django's messages and codes. Fields take them in `validators: [...]`; forms use them too.
 */
import { ValidationError } from "./exceptions";

/** A validator: returns nothing, raises ValidationError for a bad value. */
export type Validator = (value: unknown) => void;

/** Raises ValidationError unless `pattern` matches (or, with `inverse_match`, does not). */
export function RegexValidator(pattern: RegExp, options: { message?: string; code?: string; inverse_match?: boolean } = {}): Validator {
  const message = options.message ?? "Enter a valid value.";
  return (value) => {
    if (pattern.test(String(value)) === Boolean(options.inverse_match)) {
      throw new ValidationError(message, { code: options.code ?? "invalid" });
    }
  };
}

const EMAIL = /^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*@((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z0-9-]{2,63}|localhost|\[[0-9.:a-f]+\])$/i;
const URL = /^(?:[a-z0-9.+-]*):\/\/(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff-]{2,63}\.?|localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d{2,5})?(?:[/?#][^\s]*)?$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Django's validate_email. */
export const validate_email: Validator = RegexValidator(EMAIL, { message: "Enter a valid email address." });

/** Django's URLValidator() with its default schemes (http, https, ftp, ftps). */
export function URLValidator(schemes = ["http", "https", "ftp", "ftps"]): Validator {
  return (value) => {
    const text = String(value);
    const scheme = text.split("://")[0].toLowerCase();
    if (!schemes.includes(scheme) || !URL.test(text)) throw new ValidationError("Enter a valid URL.", { code: "invalid" });
  };
}

/** Django's validate_slug: letters, numbers, underscores, hyphens. */
export const validate_slug: Validator = RegexValidator(/^[-a-zA-Z0-9_]+$/, {
  message: "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.",
});

/** Django's validate_ipv4_address. */
export const validate_ipv4_address: Validator = (value) => {
  if (!IPV4.test(String(value))) throw new ValidationError("Enter a valid IPv4 address.", { code: "invalid" });
};

/** Django's validate_ipv6_address. */
export const validate_ipv6_address: Validator = (value) => {
  if (!isIPv6(String(value))) throw new ValidationError("Enter a valid IPv6 address.", { code: "invalid" });
};

/** Django's validate_ipv46_address. */
export const validate_ipv46_address: Validator = (value) => {
  const text = String(value);
  if (IPV4.test(text) || isIPv6(text)) return;
  throw new ValidationError("Enter a valid IPv4 or IPv6 address.", { code: "invalid" });
};

/** An IPv6 address, the last 32 bits possibly written as IPv4 ("::ffff:10.0.0.1"), as Python's ipaddress reads it. */
function isIPv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || (text.match(/::/g) ?? []).length > 1) return false;
  const groups = text.split(":");
  const last = groups[groups.length - 1] ?? "";
  // A dotted IPv4 tail stands for two groups.
  const tail = last.includes(".") ? (IPV4.test(last) ? 2 : Number.NaN) : 1;
  const count = groups.length - 1 + tail;
  if (Number.isNaN(count) || groups.length < 3 || count > 8) return false;
  const hex = last.includes(".") ? groups.slice(0, -1) : groups;
  return hex.every((g) => g === "" || /^[0-9a-f]{1,4}$/i.test(g)) && (text.includes("::") || count === 8);
}

/** "Ensure this value is less than or equal to N." */
export function MaxValueValidator(limit: number): Validator {
  return (value) => {
    if (Number(value) > limit) {
      throw new ValidationError(`Ensure this value is less than or equal to ${limit}.`, { code: "max_value" });
    }
  };
}

/** "Ensure this value is greater than or equal to N." */
export function MinValueValidator(limit: number): Validator {
  return (value) => {
    if (Number(value) < limit) {
      throw new ValidationError(`Ensure this value is greater than or equal to ${limit}.`, { code: "min_value" });
    }
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Ensure this value has at most N characters (it has M)." */
export function MaxLengthValidator(limit: number): Validator {
  return (value) => {
    const length = String(value).length;
    if (length > limit) {
      throw new ValidationError(`Ensure this value has at most ${plural(limit, "character")} (it has ${length}).`, { code: "max_length" });
    }
  };
}

/** "Ensure this value has at least N characters (it has M)." */
export function MinLengthValidator(limit: number): Validator {
  return (value) => {
    const length = String(value).length;
    if (length < limit) {
      throw new ValidationError(`Ensure this value has at least ${plural(limit, "character")} (it has ${length}).`, { code: "min_length" });
    }
  };
}

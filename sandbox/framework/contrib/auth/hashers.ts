/**
 * Password hashing, as in django.contrib.auth.hashers: PBKDF2 with Django's exact storage
 * format, `pbkdf2_sha256$260000$<salt>$<base64 hash>`, so hashes move between mvt and Django.
 */
import { settings } from "../../conf/settings";
import { ImproperlyConfigured, ValueError } from "../../core/exceptions";
import { base64, constant_time_compare, get_random_string, pbkdf2 } from "../../core/crypto";

/** make_password(null) starts with this: a password that can never match. */
export const UNUSABLE_PASSWORD_PREFIX = "!";
const UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40;

/** A password hasher: encode with a salt, verify in constant time. */
export class PBKDF2PasswordHasher {
  algorithm = "pbkdf2_sha256";
  iterations = 260000;
  digest = "sha256";
  salt_entropy = 128;

  /** A random salt with at least salt_entropy bits (22 characters). */
  salt(): string {
    return get_random_string(Math.ceil(this.salt_entropy / Math.log2(62)));
  }

  encode(password: string, salt: string, iterations?: number): string {
    if (!salt || salt.includes("$")) throw new ValueError("The salt must be non-empty and must not contain '$'.");
    const rounds = iterations || this.iterations;
    return `${this.algorithm}$${rounds}$${salt}$${base64(pbkdf2(password, salt, rounds, 0, this.digest))}`;
  }

  decode(encoded: string): { algorithm: string; iterations: number; salt: string; hash: string } {
    const [algorithm = "", iterations = "", salt = "", ...hash] = encoded.split("$");
    return { algorithm, iterations: Number(iterations), salt, hash: hash.join("$") };
  }

  verify(password: string, encoded: string): boolean {
    const { salt, iterations } = this.decode(encoded);
    return constant_time_compare(encoded, this.encode(password, salt, iterations));
  }

  /** True when the hash was made with other iterations or too short a salt. */
  must_update(encoded: string): boolean {
    const { salt, iterations } = this.decode(encoded);
    return iterations !== this.iterations || salt.length * Math.log2(62) < this.salt_entropy;
  }

  /** Spends the iterations an old hash lacks, so a wrong password costs the same time. */
  harden_runtime(password: string, encoded: string): void {
    const { salt, iterations } = this.decode(encoded);
    if (this.iterations > iterations) this.encode(password, salt, this.iterations - iterations);
  }
}

/** PBKDF2 with HMAC-SHA1. */
export class PBKDF2SHA1PasswordHasher extends PBKDF2PasswordHasher {
  override algorithm = "pbkdf2_sha1";
  override digest = "sha1";
}

const HASHERS: Record<string, new () => PBKDF2PasswordHasher> = { PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher };

/**
 * The hashers in settings.PASSWORD_HASHERS, preferred first: built-in names ("mvt." or
 * "django.contrib.auth.hashers.") or a hasher class, e.g. a subclass with fewer iterations for tests.
 */
export function get_hashers(): PBKDF2PasswordHasher[] {
  return (settings.PASSWORD_HASHERS as unknown[]).map((entry) => {
    if (typeof entry === "function") return new (entry as new () => PBKDF2PasswordHasher)();
    const path = String(entry);
    const cls = HASHERS[path.replace(/^(mvt|django)\.contrib\.auth\.hashers\./, "")];
    if (!cls) throw new ImproperlyConfigured(`Unknown password hasher '${path}' in PASSWORD_HASHERS. Available: ${Object.keys(HASHERS).map((n) => "mvt.contrib.auth.hashers." + n).join(", ")}.`);
    return new cls();
  });
}

/** The hasher for an algorithm name, or "default" for the preferred one. */
export function get_hasher(algorithm = "default"): PBKDF2PasswordHasher {
  const hashers = get_hashers();
  const found = algorithm === "default" ? hashers[0] : hashers.find((h) => h.algorithm === algorithm);
  if (!found) throw new ValueError(`Unknown password hashing algorithm '${algorithm}'. Did you specify it in the PASSWORD_HASHERS setting?`);
  return found;
}

/** The hasher that made `encoded`; ValueError for gibberish or a hasher not installed. */
export function identify_hasher(encoded: string): PBKDF2PasswordHasher {
  return get_hasher(encoded.split("$", 1)[0]);
}

/** False for hashes made by make_password(null) (User.set_unusable_password()). */
export function is_password_usable(encoded: string | null): boolean {
  return encoded === null || !encoded.startsWith(UNUSABLE_PASSWORD_PREFIX);
}

/** Hashes a password for storage; `null` gives an unusable password. */
export function make_password(password: string | null, salt?: string, hasher = "default"): string {
  if (password === null) return UNUSABLE_PASSWORD_PREFIX + get_random_string(UNUSABLE_PASSWORD_SUFFIX_LENGTH);
  if (typeof password !== "string") throw new TypeError(`Password must be a string, got ${typeof password}.`);
  const chosen = get_hasher(hasher);
  return chosen.encode(password, salt || chosen.salt());
}

/**
 * True if `password` matches `encoded`. Takes about the same time whether the user
 * exists, the hash is unusable or the password is wrong; `setter` is called with the
 * password when a correct hash should be upgraded.
 */
export function check_password(password: string | null, encoded: string | null, setter?: (password: string) => void): boolean {
  let hasher: PBKDF2PasswordHasher | undefined;
  if (password !== null && encoded !== null && is_password_usable(encoded)) {
    try {
      hasher = identify_hasher(encoded);
    } catch {
      hasher = undefined;
    }
  }
  if (!hasher || password === null || encoded === null) {
    make_password(get_random_string(UNUSABLE_PASSWORD_SUFFIX_LENGTH));
    return false;
  }
  const preferred = get_hasher();
  const hasher_changed = hasher.algorithm !== preferred.algorithm;
  const must_update = hasher_changed || preferred.must_update(encoded);
  const is_correct = hasher.verify(password, encoded);
  if (!is_correct && !hasher_changed && must_update) hasher.harden_runtime(password, encoded);
  if (setter && is_correct && must_update) setter(password);
  return is_correct;
}

/**
 * Django's django.utils.crypto: HMAC, PBKDF2, random strings and a timing-safe compare,
 * synchronous like Django's (WebCrypto's digests are async; see sha.ts).
 */
import { hmac, pbkdf2 as pbkdf2Bytes } from "./hmac";
import { ALGORITHMS, digest, type HashAlgorithm } from "./sha";

export { hmac } from "./hmac";
export { md5hex } from "./md5";
export { digest, sha1Algorithm, sha256Algorithm, type HashAlgorithm } from "./sha";

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (Django's force_bytes). */
export function utf8(text: string | Uint8Array): Uint8Array {
  return typeof text === "string" ? encoder.encode(text) : text;
}

/** The algorithm called `name` in Python's hashlib; throws for others. */
export function algorithm(name: string): HashAlgorithm {
  const found = ALGORITHMS[name];
  if (!found) throw new InvalidAlgorithm(`'${name}' is not an algorithm accepted by the hashlib module.`);
  return found;
}

/** Raised for an unknown hash algorithm name. */
export class InvalidAlgorithm extends Error {
  override name = "InvalidAlgorithm";
}

/** Django's salted_hmac: HMAC of `value` under hash(key_salt + secret). */
export function salted_hmac(key_salt: string, value: string | Uint8Array, secret: string | Uint8Array, algorithm_name = "sha1"): Uint8Array {
  const hasher = algorithm(algorithm_name);
  const salt = utf8(key_salt);
  const secretBytes = utf8(secret);
  const joined = new Uint8Array(salt.length + secretBytes.length);
  joined.set(salt);
  joined.set(secretBytes, salt.length);
  return hmac(hasher, digest(hasher, joined), utf8(value));
}

/** Django's pbkdf2(password, salt, iterations, dklen=0, digest=sha256). */
export function pbkdf2(password: string, salt: string, iterations: number, dklen = 0, digest_name = "sha256"): Uint8Array {
  const hasher = algorithm(digest_name);
  return pbkdf2Bytes(hasher, utf8(password), utf8(salt), iterations, dklen || hasher.size);
}

/** Compares two strings in time that depends only on their lengths (Django's constant_time_compare). */
export function constant_time_compare(a: string, b: string): boolean {
  const x = utf8(a), y = utf8(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ (y[i % Math.max(y.length, 1)] ?? 0);
  return diff === 0;
}

const RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** A random string from a secure source (Django's get_random_string). */
export function get_random_string(length: number, allowed_chars = RANDOM_CHARS): string {
  const out: string[] = [];
  const limit = 256 - (256 % allowed_chars.length);
  const bytes = new Uint8Array(1);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    if (bytes[0]! < limit) out.push(allowed_chars[bytes[0]! % allowed_chars.length]!);
  }
  return out.join("");
}

/** Standard base64 of bytes. */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** URL-safe base64 without padding (Django's signing.b64_encode). */
export function b64_encode(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes URL-safe base64, padding or not; throws on bad input. */
export function b64_decode(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Lower-case hex of bytes. */
export function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

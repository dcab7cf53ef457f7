/**
 * Cryptographic signing, as in Django's core/signing.py, in Django's exact format and
 * with Django's default salts, so values signed here load in Django and back:
 * `signing.dumps({ a: 1 })` -> "eyJhIjoxfQ:1tXgk2:...".
 */
import { settings } from "../conf/settings";
import { b64_decode, b64_encode, constant_time_compare, salted_hmac, utf8 } from "./crypto";
import { compress as zlib_compress, decompress as zlib_decompress } from "./crypto/zlib";

/** The signature does not match the value. */
export class BadSignature extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The signature is valid but older than max_age. */
export class SignatureExpired extends BadSignature {}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Django's baseconv.base62.encode. */
export function base62_encode(value: number): string {
  let out = "";
  let n = Math.floor(value);
  do {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out;
}

/** Django's baseconv.base62.decode; throws for characters outside base 62. */
export function base62_decode(text: string): number {
  let n = 0;
  for (const c of text) {
    const digit = BASE62.indexOf(c);
    if (digit < 0) throw new BadSignature(`Invalid timestamp '${text}'`);
    n = n * 62 + digit;
  }
  return n;
}

/** Python's json.dumps(obj, separators=(",", ":")): compact, non-ASCII escaped. */
export function compact_json(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => c.charCodeAt(0) <= 0x7f ? c : "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

function base64_hmac(salt: string, value: string, key: string, algorithm: string): string {
  return b64_encode(salted_hmac(salt, value, key, algorithm));
}

/** The JSON bytes of a signed object's value: base64, zlib-compressed when it starts with ".". */
function payload(base64d: string): Uint8Array {
  const compressed = base64d.startsWith(".");
  let data: Uint8Array;
  try {
    data = b64_decode(compressed ? base64d.slice(1) : base64d);
  } catch {
    throw new BadSignature("Signed value is not valid base64 JSON");
  }
  if (!compressed) return data;
  try {
    return zlib_decompress(data);
  } catch (error) {
    throw new BadSignature(`Signed value does not decompress: ${(error as Error).message}`);
  }
}

export interface SignerOptions {
  /** Defaults to settings.SECRET_KEY. */
  key?: string;
  sep?: string;
  /** Defaults to Django's class path, e.g. "django.core.signing.Signer". */
  salt?: string;
  algorithm?: string;
}

/** Signs strings: `new Signer().sign("hello")` -> "hello:<signature>". */
export class Signer {
  protected static default_salt = "django.core.signing.Signer";
  readonly key: string;
  readonly sep: string;
  readonly salt: string;
  readonly algorithm: string;

  constructor(options: SignerOptions = {}) {
    this.key = options.key || settings.SECRET_KEY;
    if (!this.key) throw new Error("The SECRET_KEY setting must not be empty: set SECRET_KEY in settings.ts.");
    this.sep = options.sep ?? ":";
    if (/^[A-z0-9\-_=]*$/.test(this.sep)) {
      throw new Error(`Unsafe Signer separator: '${this.sep}' (cannot be empty or consist of only A-z0-9-_=)`);
    }
    this.salt = options.salt || (new.target as typeof Signer).default_salt;
    this.algorithm = options.algorithm || settings.DEFAULT_HASHING_ALGORITHM;
  }

  signature(value: string): string {
    return base64_hmac(this.salt + "signer", value, this.key, this.algorithm);
  }

  sign(value: string): string {
    return `${value}${this.sep}${this.signature(value)}`;
  }

  /** The value, if its signature is good (SHA-1 signatures of Django before 3.1 are accepted too); else BadSignature. */
  unsign(signed_value: string): string {
    const at = signed_value.lastIndexOf(this.sep);
    if (at < 0) throw new BadSignature(`No "${this.sep}" found in value`);
    const value = signed_value.slice(0, at);
    const sig = signed_value.slice(at + this.sep.length);
    if (constant_time_compare(sig, this.signature(value)) || constant_time_compare(sig, base64_hmac(this.salt + "signer", value, this.key, "sha1"))) {
      return value;
    }
    throw new BadSignature(`Signature "${sig}" does not match`);
  }

  /**
   * Signs JSON: URL-safe base64 of compact JSON, then the signature. With compress, the
   * JSON is zlib-compressed when that saves more than a byte, marked by a leading ".".
   */
  sign_object(obj: unknown, options: { compress?: boolean } = {}): string {
    const data = utf8(compact_json(obj));
    const compressed = options.compress ? zlib_compress(data) : undefined;
    if (compressed && compressed.length < data.length - 1) return this.sign("." + b64_encode(compressed));
    return this.sign(b64_encode(data));
  }

  /** Reverses sign_object(); a value that is signed but not valid (compressed) JSON raises BadSignature too. */
  unsign_object(signed_obj: string, options: { max_age?: number } = {}): unknown {
    const data = payload(this.unsignWith(signed_obj, options));
    try {
      return JSON.parse(new TextDecoder().decode(data)) as unknown;
    } catch {
      throw new BadSignature("Signed value is not valid base64 JSON");
    }
  }

  protected unsignWith(value: string, _options: { max_age?: number }): string {
    return this.unsign(value);
  }
}

/** Signs with a base-62 timestamp, so unsign() can check max_age (in seconds). */
export class TimestampSigner extends Signer {
  protected static override default_salt = "django.core.signing.TimestampSigner";

  timestamp(): string {
    return base62_encode(Date.now() / 1000);
  }

  override sign(value: string): string {
    return super.sign(`${value}${this.sep}${this.timestamp()}`);
  }

  override unsign(value: string, max_age?: number): string {
    const result = super.unsign(value);
    const at = result.lastIndexOf(this.sep);
    if (at < 0) throw new BadSignature(`No "${this.sep}" found in value`);
    const timestamp = base62_decode(result.slice(at + this.sep.length));
    if (max_age !== undefined) {
      const age = Date.now() / 1000 - timestamp;
      if (age > max_age) throw new SignatureExpired(`Signature age ${age} > ${max_age} seconds`);
    }
    return result.slice(0, at);
  }

  protected override unsignWith(value: string, options: { max_age?: number }): string {
    return this.unsign(value, options.max_age);
  }
}

/** Signs a JSON value with a timestamp: Django's signing.dumps (salt "django.core.signing" by default). */
export function dumps(obj: unknown, options: { key?: string; salt?: string; compress?: boolean } = {}): string {
  const { compress, ...rest } = options;
  return new TimestampSigner({ ...rest, salt: rest.salt ?? "django.core.signing" }).sign_object(obj, { compress: compress ?? false });
}

/** Reverses dumps(); BadSignature or SignatureExpired when the value was tampered with or is too old. */
export function loads(s: string, options: { key?: string; salt?: string; max_age?: number } = {}): unknown {
  const { max_age, ...rest } = options;
  return new TimestampSigner({ ...rest, salt: rest.salt ?? "django.core.signing" }).unsign_object(s, max_age === undefined ? {} : { max_age });
}

/** The signer for signed cookies: key "django.http.cookies" + SECRET_KEY, as in Django. */
export function get_cookie_signer(salt = "django.core.signing.get_cookie_signer"): TimestampSigner {
  return new TimestampSigner({ key: "django.http.cookies" + settings.SECRET_KEY, salt });
}

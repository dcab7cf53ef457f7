import { createHash, createHmac, pbkdf2Sync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  b64_decode, b64_encode, constant_time_compare, digest, get_random_string, hex, hmac, pbkdf2, salted_hmac,
  sha1Algorithm, sha256Algorithm, utf8,
} from "../../../../sandbox/framework/core/crypto";

const inputs = ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "x".repeat(1000), "héllo ✓"];

describe("digests and HMAC match Node's crypto", () => {
  it.each(inputs)("sha256 and sha1 of %j", (text) => {
    expect(hex(digest(sha256Algorithm, utf8(text)))).toBe(createHash("sha256").update(text).digest("hex"));
    expect(hex(digest(sha1Algorithm, utf8(text)))).toBe(createHash("sha1").update(text).digest("hex"));
  });

  it.each(["k", "k".repeat(64), "k".repeat(100)])("hmac with key length %#", (key) => {
    for (const text of inputs) {
      expect(hex(hmac(sha256Algorithm, utf8(key), utf8(text)))).toBe(createHmac("sha256", key).update(text).digest("hex"));
      expect(hex(hmac(sha1Algorithm, utf8(key), utf8(text)))).toBe(createHmac("sha1", key).update(text).digest("hex"));
    }
  });

  it("pbkdf2 for both digests and lengths beyond one block", () => {
    expect(hex(pbkdf2("pw", "salt", 1000))).toBe(pbkdf2Sync("pw", "salt", 1000, 32, "sha256").toString("hex"));
    expect(hex(pbkdf2("pw", "salt", 3, 70))).toBe(pbkdf2Sync("pw", "salt", 3, 70, "sha256").toString("hex"));
    expect(hex(pbkdf2("p".repeat(90), "s", 10, 0, "sha1"))).toBe(pbkdf2Sync("p".repeat(90), "s", 10, 20, "sha1").toString("hex"));
  });

  it("salted_hmac hashes key_salt + secret into the key, as Django does", () => {
    const key = createHash("sha256").update("saltsecret").digest();
    expect(hex(salted_hmac("salt", "value", "secret", "sha256"))).toBe(createHmac("sha256", key).update("value").digest("hex"));
    expect(() => salted_hmac("s", "v", "k", "md4")).toThrow("'md4' is not an algorithm accepted by the hashlib module.");
  });
});

describe("helpers", () => {
  it("compares in constant time and gets random strings from the allowed characters", () => {
    expect(constant_time_compare("abc", "abc")).toBe(true);
    expect(constant_time_compare("abc", "abd")).toBe(false);
    expect(constant_time_compare("abc", "ab")).toBe(false);
    expect(constant_time_compare("", "")).toBe(true);
    expect(get_random_string(40, "ab")).toMatch(/^[ab]{40}$/);
  });

  it("round-trips URL-safe base64 without padding", () => {
    const bytes = Uint8Array.from([251, 255, 0, 1]);
    expect(b64_encode(bytes)).toBe("-_8AAQ");
    expect([...b64_decode("-_8AAQ")]).toEqual([...bytes]);
  });
});

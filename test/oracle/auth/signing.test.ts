/** Signed values cross between mvt and real Django both ways with the same SECRET_KEY. */
import { beforeAll, describe, expect, it } from "vitest";
import { configure } from "../../../sandbox/framework/conf/settings";
import { BadSignature, dumps, loads, Signer, TimestampSigner } from "../../../sandbox/framework/core/signing";
import { django, djangoAvailable, SECRET_KEY } from "./django";

const available = djangoAvailable();
/** Large enough that zlib shortens it, as in a big session. */
const LARGE = { items: Array.from({ length: 300 }, (_, i) => ({ id: i, title: `Book ${i}`, note: "héllo ✓" })) };
const VALUES: unknown[] = ["hello", { user: 1, items: [1, 2, "x"] }, "héllo ✓", [], null, 42, { nested: { a: true } }];

describe.skipIf(!available)("core/signing matches Django", () => {
  beforeAll(() => configure({ SECRET_KEY }));

  it("Signer.sign gives Django's exact output, with and without a salt", () => {
    const ops = ["a", "hello world", "x:y"].flatMap((value) => [{ op: "sign", value }, { op: "sign", value, salt: "books" }]);
    const results = django(ops);
    ops.forEach((op, i) => expect(new Signer(op.salt ? { salt: op.salt } : {}).sign(op.value)).toBe(results[i]?.ok));
  });

  it("Django loads what mvt dumps", () => {
    const ops = VALUES.map((value) => ({ op: "loads", value: dumps(value) }));
    expect(django(ops).map((r) => r.ok)).toEqual(VALUES);
  });

  it("mvt loads what Django dumps, and the salt must match", () => {
    const signed = django(VALUES.map((value) => ({ op: "dumps", value }))).map((r) => r.ok as string);
    expect(signed.map((s) => loads(s))).toEqual(VALUES);
    expect(() => loads(signed[0]!, { salt: "other" })).toThrow(/^Signature ".*" does not match$/);
  });

  it("compressed values cross both ways, and only when compression saves space", () => {
    const mine = dumps(LARGE, { compress: true });
    expect(mine.startsWith(".")).toBe(true);
    expect(mine.length).toBeLessThan(dumps(LARGE).length / 4);
    expect(dumps("hi", { compress: true }).startsWith(".")).toBe(false);
    const [loaded, theirs] = django([{ op: "loads", value: mine }, { op: "dumps", value: LARGE, compress: true }]);
    expect(loaded?.ok).toEqual(LARGE);
    expect(String(theirs?.ok).startsWith(".")).toBe(true);
    expect(loads(theirs?.ok as string)).toEqual(LARGE);
  });

  it("a validly signed value that is not zlib data is BadSignature, never a crash", () => {
    const signer = new TimestampSigner({ salt: "django.core.signing" });
    expect(() => loads(signer.sign(".bm90IHpsaWI"))).toThrow(/^Signed value does not decompress: Error -3 while decompressing data: incorrect header check$/);
    expect(() => loads(signer.sign(".eJzLSM3JyQcABiwCFA"))).toThrow(/incorrect data check$/);
    expect(() => loads(signer.sign(".eJzLSM3JyQcABiwCFA"))).toThrow(BadSignature);
  });

  it("tampering fails in both with the same message", () => {
    const signed = dumps("hello");
    const tampered = signed.replace("ImhlbGxvIg", "ImhlbGxvMg");
    const [result] = django([{ op: "loads", value: tampered }]);
    let message = "";
    try {
      loads(tampered);
    } catch (error) {
      message = `${(error as Error).name}: ${(error as Error).message}`;
    }
    expect(message).toBe(result?.error);
  });

  it("max_age rejects old signatures in both", () => {
    const [old] = django([{ op: "dumps", value: "x" }]);
    expect(() => loads(old?.ok as string, { max_age: -1 })).toThrow(/^Signature age .* > -1 seconds$/);
    expect(django([{ op: "loads", value: dumps("x"), max_age: -1 }])[0]?.error).toMatch(/^SignatureExpired: Signature age .* > -1 seconds$/);
  });
});

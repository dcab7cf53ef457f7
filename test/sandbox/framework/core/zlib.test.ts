import { deflateRawSync, deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { adler32, compress, decompress } from "../../../../sandbox/framework/core/crypto/zlib";

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
function random_bytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Byte equality without vitest's element-by-element diff, which is slow on large arrays. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const text = (s: string) => new TextEncoder().encode(s);
const json = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i % 37}`, tags: ["a", "b", i % 5] })));

const INPUTS: Record<string, Uint8Array> = {
  empty: new Uint8Array(0),
  "one byte": text("x"),
  short: text("hello"),
  repeated: text("ab".repeat(5000)),
  "one byte repeated past a window": new Uint8Array(100_000).fill(7),
  "session-like JSON": text(json),
  "non-ASCII text": text("Zoë ✓ 😀 ".repeat(3000)),
  "random": random_bytes(70_000),
  "random then repeated": new Uint8Array([...random_bytes(40_000, 3), ...random_bytes(40_000, 3)]),
  "large mixed": new Uint8Array([...text(json), ...random_bytes(200_000, 9), ...text(json)]),
};

describe("core/crypto/zlib", () => {
  it.each(Object.entries(INPUTS))("Node inflates what mvt compresses: %s", (_, data) => {
    expect(same(inflateSync(compress(data)), data)).toBe(true);
  });

  it.each(Object.entries(INPUTS))("mvt decompresses what Node deflates, at levels 0, 1, 6 and 9: %s", (_, data) => {
    for (const level of [0, 1, 6, 9]) expect(same(decompress(deflateSync(data, { level })), data)).toBe(true);
  });

  it("decompresses fixed-Huffman-only streams from Node", () => {
    const data = text(json);
    const raw = deflateRawSync(data, { strategy: 4 }); // Z_FIXED
    const stream = new Uint8Array([0x78, 0x9c, ...raw, 0, 0, 0, 0]);
    new DataView(stream.buffer).setUint32(stream.length - 4, adler32(data));
    expect(decompress(stream)).toEqual(data);
  });

  it("compresses repetitive data well and random data barely grows", () => {
    expect(compress(text(json)).length).toBeLessThan(json.length / 4);
    expect(compress(INPUTS["random"]!).length).toBeLessThanOrEqual(70_000 + 6 + 2 * 5);
  });

  it("adler32 matches the checksum zlib writes", () => {
    const data = INPUTS["large mixed"]!;
    const stream = deflateSync(data);
    expect(adler32(data)).toBe(stream.readUInt32BE(stream.length - 4));
  });

  it("rejects corrupt streams with zlib's messages, as Python's zlib.error", () => {
    const good = compress(text(json));
    const flipped = good.slice();
    flipped[flipped.length - 1] ^= 1;
    expect(() => decompress(flipped)).toThrow("Error -3 while decompressing data: incorrect data check");
    expect(() => decompress(text("not zlib"))).toThrow("Error -3 while decompressing data: incorrect header check");
    expect(() => decompress(good.subarray(0, good.length - 10))).toThrow("Error -5 while decompressing data: incomplete or truncated stream");
    expect(() => decompress(new Uint8Array([0x78, 0x9c, 0x07]))).toThrow("Error -3 while decompressing data: invalid block type");
    try {
      decompress(new Uint8Array([1]));
    } catch (error) {
      expect((error as Error).name).toBe("error");
    }
  });

  it("never crashes on garbage after a valid header: it throws zlib's error", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const stream = new Uint8Array([0x78, 0x9c, ...random_bytes(200, seed)]);
      try {
        decompress(stream);
      } catch (error) {
        expect((error as Error).message).toMatch(/^Error -[35] while decompressing data: /);
      }
    }
  });
});

/**
 * DEFLATE compression (RFC 1951): greedy LZ77 matching over a 32 KiB window, coded with
 * the fixed Huffman code, or stored blocks when that would be shorter (random data).
 */
import { canonical_codes, DIST_BASE, DIST_EXTRA, FIXED_DIST_LENGTHS, FIXED_LITERAL_LENGTHS, LENGTH_BASE, LENGTH_EXTRA } from "./deflate_codes";

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const HASH_SIZE = 1 << 15;
/** How many earlier positions with the same hash to try: speed against ratio. */
const MAX_CHAIN = 64;

const LITERAL_CODES = canonical_codes(FIXED_LITERAL_LENGTHS);
const DIST_CODES = canonical_codes(FIXED_DIST_LENGTHS);

/** Writes bits LSB-first into a growing byte array. */
class BitWriter {
  bytes: Uint8Array;
  length = 0;
  private buffer = 0;
  private count = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 64));
  }

  write(value: number, n: number): void {
    this.buffer |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      if (this.length === this.bytes.length) {
        const bigger = new Uint8Array(this.bytes.length * 2);
        bigger.set(this.bytes);
        this.bytes = bigger;
      }
      this.bytes[this.length++] = this.buffer & 0xff;
      this.buffer >>>= 8;
      this.count -= 8;
    }
  }

  /** Pads to a byte boundary and returns the bytes. */
  finish(): Uint8Array {
    if (this.count > 0) this.write(0, 8 - this.count);
    return this.bytes.slice(0, this.length);
  }
}

function literal(out: BitWriter, symbol: number): void {
  out.write(LITERAL_CODES[symbol]!, FIXED_LITERAL_LENGTHS[symbol]!);
}

/** The index of the last base in `bases` that is <= value. */
function code_for(bases: readonly number[], value: number): number {
  let code = bases.length - 1;
  while (bases[code]! > value) code--;
  return code;
}

function match(out: BitWriter, length: number, dist: number): void {
  const lc = code_for(LENGTH_BASE, length);
  literal(out, 257 + lc);
  out.write(length - LENGTH_BASE[lc]!, LENGTH_EXTRA[lc]!);
  const dc = code_for(DIST_BASE, dist);
  out.write(DIST_CODES[dc]!, FIXED_DIST_LENGTHS[dc]!);
  out.write(dist - DIST_BASE[dc]!, DIST_EXTRA[dc]!);
}

/** One fixed-Huffman block of the whole input. */
function fixed_block(data: Uint8Array): Uint8Array {
  const out = new BitWriter(data.length >> 1);
  out.write(1, 1); // BFINAL
  out.write(1, 2); // BTYPE 01: fixed Huffman
  const head = new Int32Array(HASH_SIZE).fill(-1);
  const prev = new Int32Array(WINDOW).fill(-1);
  const hash = (i: number) => ((data[i]! << 10) ^ (data[i + 1]! << 5) ^ data[i + 2]!) & (HASH_SIZE - 1);
  const insert = (i: number) => {
    if (i + MIN_MATCH > data.length) return;
    const h = hash(i);
    prev[i & (WINDOW - 1)] = head[h]!;
    head[h] = i;
  };
  let i = 0;
  while (i < data.length) {
    const limit = Math.min(MAX_MATCH, data.length - i);
    let best = 0, dist = 0;
    if (limit >= MIN_MATCH) {
      let candidate = head[hash(i)]!;
      for (let chain = MAX_CHAIN; candidate >= 0 && i - candidate <= WINDOW && chain > 0; chain--) {
        let length = 0;
        while (length < limit && data[candidate + length] === data[i + length]) length++;
        if (length > best) [best, dist] = [length, i - candidate];
        if (best === limit) break;
        const next = prev[candidate & (WINDOW - 1)]!;
        if (next >= candidate) break;
        candidate = next;
      }
    }
    if (best >= MIN_MATCH) {
      match(out, best, dist);
      for (const end = i + best; i < end; i++) insert(i);
    } else {
      literal(out, data[i]!);
      insert(i++);
    }
  }
  literal(out, 256);
  return out.finish();
}

/** Stored blocks of at most 65535 bytes each. */
function stored_blocks(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(data.length + blocks * 5);
  let at = 0;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * 65535, (b + 1) * 65535);
    out.set([b === blocks - 1 ? 1 : 0, chunk.length & 0xff, chunk.length >> 8, ~chunk.length & 0xff, (~chunk.length >> 8) & 0xff], at);
    out.set(chunk, at + 5);
    at += 5 + chunk.length;
  }
  return out;
}

/** A raw DEFLATE stream of `data`. */
export function deflate_raw(data: Uint8Array): Uint8Array {
  const fixed = fixed_block(data);
  const stored = data.length + Math.max(1, Math.ceil(data.length / 65535)) * 5;
  return fixed.length <= stored ? fixed : stored_blocks(data);
}

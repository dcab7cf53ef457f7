/** The code tables of DEFLATE (RFC 1951, 3.2.5-3.2.6), shared by inflate.ts and deflate.ts. */

/** Base match length of length codes 257..285. */
export const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
/** Extra bits of length codes 257..285. */
export const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Base distance of distance codes 0..29. */
export const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
/** Extra bits of distance codes 0..29. */
export const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/** Code lengths of the fixed literal/length code (RFC 1951, 3.2.6). */
export const FIXED_LITERAL_LENGTHS = Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8));
/** Code lengths of the fixed distance code: 30 codes of 5 bits (32 counted, as in zlib). */
export const FIXED_DIST_LENGTHS = Array.from({ length: 30 }, () => 5);

/** Order in which a dynamic block sends the code-length code's lengths. */
export const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Canonical Huffman codes for `lengths` (RFC 1951, 3.2.2), bit-reversed for LSB-first writing. */
export function canonical_codes(lengths: readonly number[]): number[] {
  const count = new Array<number>(16).fill(0);
  for (const length of lengths) if (length) count[length]!++;
  const next = new Array<number>(16).fill(0);
  for (let bits = 1, code = 0; bits < 16; bits++) {
    code = (code + count[bits - 1]!) << 1;
    next[bits] = code;
  }
  return lengths.map((length) => (length ? reverse(next[length]!++, length) : 0));
}

function reverse(code: number, length: number): number {
  let out = 0;
  for (let i = 0; i < length; i++) out = (out << 1) | ((code >> i) & 1);
  return out;
}

/** DEFLATE decompression (RFC 1951): stored, fixed and dynamic Huffman blocks, after zlib's puff.c. */
import { CODE_LENGTH_ORDER, DIST_BASE, DIST_EXTRA, FIXED_DIST_LENGTHS, FIXED_LITERAL_LENGTHS, LENGTH_BASE, LENGTH_EXTRA } from "./deflate_codes";

/** Python's zlib.error, with zlib's messages: "Error -3 while decompressing data: incorrect header check". */
export class ZlibError extends Error {
  override name = "error";
}

/** Corrupt data: zlib's Z_DATA_ERROR (-3). */
export function data_error(reason: string): ZlibError {
  return new ZlibError(`Error -3 while decompressing data: ${reason}`);
}

/** Reads bits LSB-first from a byte array. */
export class BitReader {
  pos: number;
  private buffer = 0;
  private count = 0;

  constructor(readonly input: Uint8Array, start = 0) {
    this.pos = start;
  }

  bits(n: number): number {
    while (this.count < n) {
      if (this.pos >= this.input.length) throw new ZlibError("Error -5 while decompressing data: incomplete or truncated stream");
      this.buffer |= this.input[this.pos++]! << this.count;
      this.count += 8;
    }
    const value = this.buffer & ((1 << n) - 1);
    this.buffer >>>= n;
    this.count -= n;
    return value;
  }

  /** Drops the bits left in the current byte. */
  align(): void {
    this.buffer = 0;
    this.count = 0;
  }
}

/** A canonical Huffman code as counts per length and symbols in code order. */
interface Huffman {
  count: Int16Array;
  symbol: Int16Array;
  /** Codes left unused: 0 complete, > 0 incomplete, < 0 over-subscribed. */
  left: number;
}

function huffman(lengths: readonly number[]): Huffman {
  const count = new Int16Array(16);
  for (const length of lengths) count[length]!++;
  let left = 1;
  for (let length = 1; length < 16; length++) left = (left << 1) - count[length]!;
  const offset = new Int16Array(16);
  for (let length = 1; length < 15; length++) offset[length + 1] = offset[length]! + count[length]!;
  const symbol = new Int16Array(lengths.length);
  lengths.forEach((length, s) => {
    if (length) symbol[offset[length]!++] = s;
  });
  return { count, symbol, left };
}

function decode(reader: BitReader, h: Huffman): number {
  let code = 0, first = 0, index = 0;
  for (let length = 1; length < 16; length++) {
    code |= reader.bits(1);
    const count = h.count[length]!;
    if (code - count < first) return h.symbol[index + (code - first)]!;
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  throw data_error("invalid code");
}

/** Growable output with back-references. */
class Output {
  bytes = new Uint8Array(1024);
  length = 0;

  push(byte: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = byte;
  }

  grow(extra: number): void {
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

const FIXED = { literal: huffman(FIXED_LITERAL_LENGTHS), distance: huffman(FIXED_DIST_LENGTHS) };

function stored(reader: BitReader, out: Output): void {
  reader.align();
  const header = reader.bits(16), complement = reader.bits(16);
  if (header !== (~complement & 0xffff)) throw data_error("invalid stored block lengths");
  const input = reader.input;
  if (reader.pos + header > input.length) throw new ZlibError("Error -5 while decompressing data: incomplete or truncated stream");
  if (out.length + header > out.bytes.length) out.grow(header);
  out.bytes.set(input.subarray(reader.pos, reader.pos + header), out.length);
  out.length += header;
  reader.pos += header;
}

function codes(reader: BitReader, out: Output, literal: Huffman, distance: Huffman): void {
  for (;;) {
    const symbol = decode(reader, literal);
    if (symbol < 256) out.push(symbol);
    else if (symbol === 256) return;
    else {
      const index = symbol - 257;
      if (index >= 29) throw data_error("invalid literal/length code");
      const length = LENGTH_BASE[index]! + reader.bits(LENGTH_EXTRA[index]!);
      const code = decode(reader, distance);
      if (code >= 30) throw data_error("invalid distance code");
      const dist = DIST_BASE[code]! + reader.bits(DIST_EXTRA[code]!);
      if (dist > out.length) throw data_error("invalid distance too far back");
      if (out.length + length > out.bytes.length) out.grow(length);
      for (let i = 0; i < length; i++, out.length++) out.bytes[out.length] = out.bytes[out.length - dist]!;
    }
  }
}

function dynamic(reader: BitReader): { literal: Huffman; distance: Huffman } {
  const nlen = reader.bits(5) + 257, ndist = reader.bits(5) + 1, ncode = reader.bits(4) + 4;
  if (nlen > 286 || ndist > 30) throw data_error("too many length or distance symbols");
  const order = new Array<number>(19).fill(0);
  for (let i = 0; i < ncode; i++) order[CODE_LENGTH_ORDER[i]!] = reader.bits(3);
  const lencode = huffman(order);
  if (lencode.left !== 0) throw data_error("invalid code lengths set");
  const lengths: number[] = [];
  while (lengths.length < nlen + ndist) {
    const symbol = decode(reader, lencode);
    if (symbol < 16) {
      lengths.push(symbol);
      continue;
    }
    if (symbol === 16 && lengths.length === 0) throw data_error("invalid bit length repeat");
    const value = symbol === 16 ? lengths[lengths.length - 1]! : 0;
    const repeat = symbol === 16 ? 3 + reader.bits(2) : symbol === 17 ? 3 + reader.bits(3) : 11 + reader.bits(7);
    if (lengths.length + repeat > nlen + ndist) throw data_error("invalid bit length repeat");
    for (let i = 0; i < repeat; i++) lengths.push(value);
  }
  if (lengths[256] === 0) throw data_error("invalid code -- missing end-of-block");
  const literal = huffman(lengths.slice(0, nlen));
  if (literal.left < 0 || (literal.left > 0 && nlen - literal.count[0]! !== 1)) throw data_error("invalid literal/lengths set");
  const distance = huffman(lengths.slice(nlen));
  if (distance.left < 0 || (distance.left > 0 && ndist - distance.count[0]! !== 1)) throw data_error("invalid distances set");
  return { literal, distance };
}

/** Inflates the raw DEFLATE stream read by `reader`, leaving it just after the final block. */
export function inflate_raw(reader: BitReader): Uint8Array {
  const out = new Output();
  let last = 0;
  while (!last) {
    last = reader.bits(1);
    const type = reader.bits(2);
    if (type === 0) stored(reader, out);
    else if (type === 1) codes(reader, out, FIXED.literal, FIXED.distance);
    else if (type === 2) {
      const table = dynamic(reader);
      codes(reader, out, table.literal, table.distance);
    } else throw data_error("invalid block type");
  }
  reader.align();
  return out.bytes.slice(0, out.length);
}

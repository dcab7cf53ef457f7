/**
 * zlib streams (RFC 1950) as Python's zlib.compress / zlib.decompress, which Django's
 * signing uses for compress=True: `decompress(compress(bytes))` gives the bytes back.
 */
import { deflate_raw } from "./deflate";
import { BitReader, data_error, inflate_raw, ZlibError } from "./inflate";

export { ZlibError } from "./inflate";

/** The Adler-32 checksum of `data` (RFC 1950, 9). */
export function adler32(data: Uint8Array): number {
  let a = 1, b = 0;
  // 5552 is the most bytes summed before b can overflow 32 bits.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(start + 5552, data.length);
    for (let i = start; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of `data`: a 2-byte header, DEFLATE data, then the Adler-32 checksum. */
export function compress(data: Uint8Array): Uint8Array {
  const body = deflate_raw(data);
  const out = new Uint8Array(body.length + 6);
  out.set([0x78, 0x9c]); // 32 KiB window, default level; (0x789c % 31) === 0
  out.set(body, 2);
  new DataView(out.buffer).setUint32(body.length + 2, adler32(data));
  return out;
}

/** The bytes in zlib stream `data`; ZlibError with zlib's message when it is corrupt. Trailing bytes are ignored, as in Python. */
export function decompress(data: Uint8Array): Uint8Array {
  if (data.length < 2) throw new ZlibError("Error -5 while decompressing data: incomplete or truncated stream");
  const cmf = data[0]!, flg = data[1]!;
  if ((cmf * 256 + flg) % 31 !== 0) throw data_error("incorrect header check");
  if ((cmf & 0x0f) !== 8) throw data_error("unknown compression method");
  if (cmf >> 4 > 7) throw data_error("invalid window size");
  if (flg & 0x20) throw new ZlibError("Error 2 while decompressing data");
  const reader = new BitReader(data, 2);
  const out = inflate_raw(reader);
  if (reader.pos + 4 > data.length) throw new ZlibError("Error -5 while decompressing data: incomplete or truncated stream");
  const check = new DataView(data.buffer, data.byteOffset + reader.pos, 4).getUint32(0);
  if (check !== adler32(out)) throw data_error("incorrect data check");
  return out;
}

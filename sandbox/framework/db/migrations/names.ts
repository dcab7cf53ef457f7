/**
 * Index and constraint names as Django's schema editor makes them
 * (`books_book_author_id_ba7a3e5c`): table, columns and an MD5 digest of both.
 */

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** MD5 of a UTF-8 string as hex (Django: names_digest uses hashlib.md5). */
export function md5(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const length = ((bytes.length + 8) >> 6) * 64 + 64;
  const data = new Uint8Array(length);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  view.setUint32(length - 8, (bytes.length * 8) >>> 0, true);
  view.setUint32(length - 4, Math.floor(bytes.length / 0x20000000), true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < length; block += 64) {
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const f = round === 0 ? (b & c) | (~b & d) : round === 1 ? (d & b) | (~d & c) : round === 2 ? b ^ c ^ d : c ^ (b | ~d);
      const g = round === 0 ? i : round === 1 ? (5 * i + 1) % 16 : round === 2 ? (3 * i + 5) % 16 : (7 * i) % 16;
      const sum = (a + f + (K[i] ?? 0) + view.getUint32(block + g * 4, true)) | 0;
      const shift = S[round * 4 + (i % 4)] ?? 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
  }
  return h.map((word) => [0, 8, 16, 24].map((s) => ((word >>> s) & 0xff).toString(16).padStart(2, "0")).join("")).join("");
}

/** Django's _create_index_name(table, columns, suffix), with SQLite's 200-character limit. */
export function index_name(table: string, columns: readonly string[], suffix = ""): string {
  const hash = `${md5(table + columns.join("")).slice(0, 8)}${suffix}`;
  let name = `${table}_${columns.join("_")}_${hash}`;
  if (name.length > 200) {
    const other = Math.floor((200 - hash.length) / 3) - 1;
    name = `${table.slice(0, other)}_${columns.join("_").slice(0, other)}_${hash}`;
  }
  if (name.startsWith("_") || /^\d/.test(name)) name = `D${name.slice(0, -1)}`;
  return name;
}

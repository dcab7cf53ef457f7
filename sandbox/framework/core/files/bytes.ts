/**
 * Bytes and the strings that carry them: a multipart body is parsed as a "binary string"
 * (one char per byte) so that an uploaded image keeps its bytes. No Node Buffer: this
 * runs in a Worker too.
 */

const decoder = new TextDecoder();

/** UTF-8 bytes as text (bad sequences become U+FFFD, as Django's errors="replace"). */
export function decode_utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** One char per byte. */
export function binary_string(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** The bytes of a binary string. */
export function from_binary_string(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** HMAC and PBKDF2 (RFC 2104, RFC 8018) over the synchronous digests in sha.ts. */
import { digest, type HashAlgorithm, wordsToBytes } from "./sha";

/** The hash states after absorbing the key XOR ipad and opad: HMAC's reusable part. */
interface KeyedStates {
  inner: Int32Array;
  outer: Int32Array;
}

function keyedStates(algorithm: HashAlgorithm, key: Uint8Array): KeyedStates {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? digest(algorithm, key) : key);
  const absorb = (pad: number) => {
    const state = algorithm.init();
    const w = new Int32Array(80);
    for (let i = 0; i < 16; i++) {
      w[i] = ((block[i * 4]! ^ pad) << 24) | ((block[i * 4 + 1]! ^ pad) << 16) | ((block[i * 4 + 2]! ^ pad) << 8) | (block[i * 4 + 3]! ^ pad);
    }
    algorithm.compress(state, w);
    return state;
  };
  return { inner: absorb(0x36), outer: absorb(0x5c) };
}

/** HMAC of `message` under `key`. */
export function hmac(algorithm: HashAlgorithm, key: Uint8Array, message: Uint8Array): Uint8Array {
  const { inner, outer } = keyedStates(algorithm, key);
  return digest(algorithm, digest(algorithm, message, inner, 64), outer, 64);
}

/** PBKDF2 with HMAC: `pbkdf2(sha256Algorithm, password, salt, 260000, 32)`. */
export function pbkdf2(algorithm: HashAlgorithm, password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Uint8Array {
  const states = keyedStates(algorithm, password);
  const out = new Uint8Array(length);
  const words = algorithm.size / 4;
  for (let index = 1, offset = 0; offset < length; index++, offset += algorithm.size) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, index);
    const u = hmac(algorithm, password, first);
    const t = new Int32Array(words);
    const uw = new Int32Array(words);
    const view = new DataView(u.buffer);
    for (let i = 0; i < words; i++) t[i] = uw[i] = view.getInt32(i * 4);
    for (let n = 1; n < iterations; n++) {
      iterate(algorithm, states, uw);
      for (let i = 0; i < words; i++) t[i]! ^= uw[i]!;
    }
    out.set(wordsToBytes(t, algorithm.size).subarray(0, Math.min(algorithm.size, length - offset)), offset);
  }
  return out;
}

/** One PBKDF2 round in place, `u = HMAC(password, u)`, on words: the hot loop, so no allocation. */
function iterate(algorithm: HashAlgorithm, { inner, outer }: KeyedStates, u: Int32Array): void {
  absorbDigest(algorithm, inner, u);
  absorbDigest(algorithm, outer, u);
}

/** `u = hash(block so far + u)`, where the state has absorbed exactly one 64-byte block. */
function absorbDigest(algorithm: HashAlgorithm, start: Int32Array, u: Int32Array): void {
  const w = scratch;
  for (let i = 0; i < u.length; i++) w[i] = u[i]!;
  w[u.length] = 0x80000000 | 0;
  for (let i = u.length + 1; i < 15; i++) w[i] = 0;
  w[15] = (64 + algorithm.size) * 8;
  state.set(start);
  algorithm.compress(state, w);
  for (let i = 0; i < u.length; i++) u[i] = state[i]!;
}

const scratch = new Int32Array(80);
const state = new Int32Array(8);

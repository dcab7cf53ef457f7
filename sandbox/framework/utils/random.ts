/**
 * The random source of the `random` filter and `{% lorem random %}`: Math.random,
 * or a seeded generator so that tests can pin the output: `seed(42)`.
 */

/** Python's IndexError. */
export class IndexError extends Error {
  override name = "IndexError";
}

let next: () => number = Math.random;

/** Seeds the generator (mulberry32); `seed()` goes back to Math.random. */
export function seed(value?: number): void {
  if (value === undefined) {
    next = Math.random;
    return;
  }
  let state = value >>> 0;
  next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float in [0, 1). */
export function random(): number {
  return next();
}

/** An integer in [a, b], both included (Python's random.randint). */
export function randint(a: number, b: number): number {
  return a + Math.floor(random() * (b - a + 1));
}

/** One item (Python's random.choice); IndexError-like on an empty list. */
export function choice<T>(items: readonly T[]): T {
  if (!items.length) throw new IndexError("Cannot choose from an empty sequence");
  return items[Math.floor(random() * items.length)] as T;
}

/** `k` distinct items in random order (Python's random.sample). */
export function sample<T>(items: readonly T[], k: number): T[] {
  const pool = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, k);
}

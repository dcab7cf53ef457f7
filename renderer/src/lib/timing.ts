/** A deferred call that can be called off. */
export interface Deferred<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Runs `fn` once calls have stopped for `ms`, with the last arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Deferred<A> {
  let timer: number | undefined;
  const debounced = (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => window.clearTimeout(timer);
  return debounced;
}

/** Runs `fn` at most once per `ms`, always with the latest arguments (trailing call kept). */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): Deferred<A> {
  let timer: number | undefined;
  let latest: A | null = null;
  let last = 0;
  const run = () => {
    timer = undefined;
    last = Date.now();
    if (latest) fn(...latest);
    latest = null;
  };
  const throttled = (...args: A) => {
    latest = args;
    if (timer !== undefined) return;
    timer = window.setTimeout(run, Math.max(0, last + ms - Date.now()));
  };
  throttled.cancel = () => {
    window.clearTimeout(timer);
    timer = undefined;
    latest = null;
  };
  return throttled;
}

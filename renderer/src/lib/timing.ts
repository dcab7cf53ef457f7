/** A deferred call that can be called off. */
export interface Deferred<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Runs `fn` once calls have stopped for `ms`, with the last arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Deferred<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Runs `fn` at most once per `ms`, always with the latest arguments (trailing call kept). */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): Deferred<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
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
    timer = setTimeout(run, Math.max(0, last + ms - Date.now()));
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    latest = null;
  };
  return throttled;
}

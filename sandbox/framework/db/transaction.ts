/**
 * Transactions (Django: db/transaction.py). `atomic(fn)` runs `fn` in a transaction (a
 * savepoint when nested) as Django's `with transaction.atomic():` does; `atomic()` with no
 * function returns a decorator, as `@transaction.atomic()`: `export const view = atomic()(fn)`.
 */
import { default_connection } from "./connection";

/** atomic()'s options: `savepoint: false` joins an outer transaction without a savepoint. */
export interface AtomicOptions {
  savepoint?: boolean;
}

/** Runs `fn` atomically and returns its result; rolls back and rethrows if it throws. */
export function atomic<T>(fn: () => T, options?: AtomicOptions): T;
/** A decorator: the function it wraps runs atomically on each call. */
export function atomic(options?: AtomicOptions): <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R;
export function atomic<T>(first?: (() => T) | AtomicOptions, options: AtomicOptions = {}): unknown {
  if (typeof first === "function") return default_connection().atomic(first, options);
  const decoratorOptions = first ?? {};
  return <A extends unknown[], R>(fn: (...args: A) => R) =>
    function atomic_wrapper(this: unknown, ...args: A): R {
      return default_connection().atomic(() => fn.apply(this, args), decoratorOptions);
    };
}

/** Runs `fn` once the current transaction commits (now, outside one); dropped on rollback. */
export function on_commit(fn: () => void): void {
  default_connection().on_commit(fn);
}

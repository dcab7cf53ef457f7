/** Helpers shared by the built-in filters: Django's @stringfilter, Python's int() and len(). */
import { isPlainObject, pystr, reprString } from "../utils/pyrepr";
import type { FilterOptions, Library } from "./library";
import { pyTypeName, toList } from "./pyvalues";
import { isSafe, mark_safe, SafeString } from "./safestring";

type StringFilter = (value: string, arg: unknown, autoescape: boolean) => unknown;

/** A registrar of filters that receive str(value), keeping safe input safe when is_safe (Django's @stringfilter). */
export function stringfilters(library: Library) {
  return (name: string, func: StringFilter, options: FilterOptions = {}): void => library.filter(
    name,
    (value, arg, autoescape) => {
      const result = func(pystr(value), arg, autoescape);
      return options.is_safe && isSafe(value) ? mark_safe(result) : result;
    },
    { arg: func.length >= 2, ...options },
  );
}

/** Python's ValueError. */
export class ValueError extends Error {
  override name = "ValueError";
}

/** Python's AttributeError: `'int' object has no attribute 'lower'`. */
export class AttributeError extends Error {
  override name = "AttributeError";
}

/** Python's KeyError (its message is the key's repr). */
export class KeyError extends Error {
  override name = "KeyError";
}

/** Python's ZeroDivisionError. */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}

/** Python's `value[index]` on a sequence; "" when out of range (the filters' IndexError), Python's error otherwise. */
export function pyGetItem(value: unknown, index: number): unknown {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") {
    throw new TypeError(`'${pyTypeName(value)}' object is not subscriptable`);
  }
  if (isPlainObject(value) || value instanceof Map) throw new KeyError(String(index));
  if (typeof value === "object" && !Array.isArray(value) && !(value instanceof SafeString) && !(Symbol.iterator in value)) {
    throw new TypeError(`'${pyTypeName(value)}' object is not subscriptable`);
  }
  const items = typeof value === "string" || value instanceof SafeString ? [...value.toString()] : toList(value);
  const i = index < 0 ? items.length + index : index;
  return i >= 0 && i < items.length ? items[i] : "";
}

/** Python's int(): numbers truncate, digit strings parse; ValueError or TypeError as Python says. */
export function pyInt(value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === "boolean") return Number(value);
  const text = value instanceof SafeString ? value.toString() : value;
  if (typeof text === "string") {
    if (/^\s*[-+]?\d+\s*$/.test(text)) return Number.parseInt(text, 10);
    throw new ValueError(`invalid literal for int() with base 10: ${reprString(text)}`);
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`);
}

/** Python's len(), or undefined when the value has no length. */
export function pyLen(value: unknown): number | undefined {
  if (typeof value === "string" || Array.isArray(value) || value instanceof SafeString) return value.length;
  if (value instanceof Map || value instanceof Set) return value.size;
  if (isPlainObject(value)) return Object.keys(value).length;
  if (typeof value === "object" && value !== null) {
    const length = (value as { length?: unknown }).length;
    if (typeof length === "number") return length;
    if (Symbol.iterator in value) return toList(value).length;
  }
  return undefined;
}


/** Python's truthiness, iteration, equality and ordering for template values. */
import { isPlainObject } from "../utils/pyrepr";
import { SafeString } from "./safestring";

/** Python's bool(): `__bool__()` when defined, empty strings, arrays, maps and dicts are false. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (typeof value === "number") return !Number.isNaN(value);
  if (value instanceof SafeString) return value.length > 0;
  if (typeof value !== "object") return true;
  const bool = (value as { __bool__?: unknown }).__bool__;
  if (typeof bool === "function") return Boolean(bool.call(value));
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  const length = (value as { length?: unknown }).length;
  return typeof length === "number" ? length > 0 : true;
}

/** The Python type name of a value, for messages: int, float, str, bool, NoneType, list, dict. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string" || value instanceof SafeString) return "str";
  if (Array.isArray(value)) return "list";
  if (isPlainObject(value)) return "dict";
  return typeof value === "object" ? value.constructor.name : typeof value;
}

/** Python's list(value): iterables in order, dicts and Maps by key, strings by character. */
export function toList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return [...value];
  if (value instanceof SafeString) return [...value.toString()];
  if (value instanceof Map) return [...value.keys()];
  if (isPlainObject(value)) return Object.keys(value);
  if (typeof value === "object" && Symbol.iterator in value) return [...(value as Iterable<unknown>)];
  throw new TypeError(`'${pyTypeName(value)}' object is not iterable`);
}

/** Python's `==`: same type and value; arrays and dicts compared item by item. */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a instanceof SafeString) a = a.toString();
  if (b instanceof SafeString) b = b.toString();
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === "boolean" && typeof b === "number") return Number(a) === b;
  if (typeof a === "number" && typeof b === "boolean") return a === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEquals(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && pyEquals(a[k], b[k]));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  const eq = (a as { equals?: unknown } | null)?.equals;
  return typeof eq === "function" ? Boolean(eq.call(a, b)) : false;
}

/** Python's ordering: numbers with numbers, strings with strings; anything else is a TypeError. */
export function pyCompare(a: unknown, b: unknown): number {
  const norm = (v: unknown) => (v instanceof SafeString ? v.toString() : typeof v === "boolean" ? Number(v) : v instanceof Date ? v.getTime() : v);
  const x = norm(a);
  const y = norm(b);
  if ((typeof x === "number" && typeof y === "number") || (typeof x === "string" && typeof y === "string")) {
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = pyCompare(x[i], y[i]);
      if (c) return c;
    }
    return x.length - y.length;
  }
  throw new TypeError("'<' not supported between these types");
}

/** Python's `in`: substring, list membership, dict key. */
export function pyContains(container: unknown, item: unknown): boolean {
  if (typeof container === "string" || container instanceof SafeString) {
    if (typeof item !== "string" && !(item instanceof SafeString)) throw new TypeError("'in <string>' requires string as left operand");
    return container.toString().includes(item.toString());
  }
  if (container instanceof Map || container instanceof Set) return container.has(item);
  if (isPlainObject(container)) {
    const key = item instanceof SafeString ? item.toString() : item;
    return typeof key === "string" && key in container;
  }
  return toList(container).some((x) => pyEquals(x, item));
}

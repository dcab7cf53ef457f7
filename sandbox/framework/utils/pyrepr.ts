/**
 * Python's `repr()` and `str()` for plain values, so that messages and templates read
 * exactly as Django's do: `['a', 'b']`, `{'pk': 1}`, `(1,)`, `True`, `None`.
 */

/** Python's repr() of a string: single quotes unless the text holds one and no double quote. */
export function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** Python's repr() of a JavaScript value (arrays as lists, plain objects as dicts). */
export function pyrepr(value: unknown): string {
  if (typeof value === "string") return reprString(value);
  if (Array.isArray(value)) return "[" + value.map(pyrepr).join(", ") + "]";
  if (isPlainObject(value)) {
    return "{" + Object.entries(value).map(([k, v]) => `${reprString(k)}: ${pyrepr(v)}`).join(", ") + "}";
  }
  return pystr(value);
}

/** Python's repr() of a tuple: `(1,)`, `(1, 2)`, `()`. */
export function reprTuple(values: readonly unknown[]): string {
  return values.length === 1 ? `(${pyrepr(values[0])},)` : `(${values.map(pyrepr).join(", ")})`;
}

/** Python's str() of a JavaScript value: None, True/False, lists and dicts as repr. */
export function pystr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  if (Array.isArray(value) || isPlainObject(value)) return pyrepr(value);
  return String(value);
}

/** True for `{...}` objects (not class instances, arrays or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

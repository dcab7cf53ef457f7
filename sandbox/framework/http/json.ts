/**
 * Python's `json.dumps(value, cls=DjangoJSONEncoder)`: `", "` and `": "` separators,
 * non-ASCII as \uXXXX, dates in ISO 8601, so JsonResponse bodies match Django's.
 */

/** Serializes like Django's JsonResponse; throws a TypeError for values JSON cannot hold. */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    return Number.isInteger(value) ? String(value) : pyFloat(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return quote(value);
  if (value instanceof Date) return quote(isoDate(value));
  if (Array.isArray(value)) return "[" + value.map(pyJsonDumps).join(", ") + "]";
  if (typeof value === "object") {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return pyJsonDumps(toJSON.call(value));
    return "{" + Object.entries(value).map(([k, v]) => `${quote(k)}: ${pyJsonDumps(v)}`).join(", ") + "}";
  }
  throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
}

function pyFloat(value: number): string {
  const text = String(value);
  return /e/.test(text) ? text.replace(/e([+-])(\d)$/, "e$10$2") : text;
}

/** DjangoJSONEncoder's datetime format: milliseconds, "Z" for UTC. */
function isoDate(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

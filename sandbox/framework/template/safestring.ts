/**
 * Safe strings and escaping, as in Django's utils/safestring.py and utils/html.py:
 * autoescaping escapes every value except a SafeString.
 */
import { pystr } from "../utils/pyrepr";

/** A string marked as safe HTML: autoescaping leaves it alone. */
export class SafeString {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
  get length(): number {
    return this.text.length;
  }
}

/** Marks text as safe HTML: `mark_safe("<b>ok</b>")`. */
export function mark_safe(text: unknown): SafeString {
  return text instanceof SafeString ? text : new SafeString(pystr(text));
}

export function isSafe(value: unknown): value is SafeString {
  return value instanceof SafeString;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Django's escape(): always escapes, returns a SafeString. */
export function escape(text: unknown): SafeString {
  return new SafeString(pystr(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c));
}

/** Escapes unless already safe (a SafeString, or an object with `__html__()` as in Django). */
export function conditional_escape(value: unknown): SafeString {
  if (value instanceof SafeString) return value;
  const html = (value as { __html__?: unknown } | null)?.__html__;
  return typeof html === "function" ? new SafeString(String(html.call(value))) : escape(value);
}

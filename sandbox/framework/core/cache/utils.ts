/** HTTP caching headers, as in Django's utils/cache.py. */
import type { HttpResponse } from "../../http/response";
import { http_date } from "../../http/cookie";

/** Adds `newheaders` to the response's Vary header, keeping existing ones ("*" wins). */
export function patch_vary_headers(response: HttpResponse, newheaders: string[]): void {
  const existing = (response.headers.get("Vary") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const lower = new Set(existing.map((h) => h.toLowerCase()));
  const additional = newheaders.filter((h) => !lower.has(h.toLowerCase()) && (lower.add(h.toLowerCase()), true));
  const vary = [...existing, ...additional];
  response.headers["Vary"] = vary.includes("*") ? "*" : vary.join(", ");
}

/** The header names in the response's Vary header. */
export function get_vary_headers(response: HttpResponse): string[] {
  return (response.headers.get("Vary") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
}

/** True if the response varies on `header`. */
export function has_vary_header(response: HttpResponse, header: string): boolean {
  return get_vary_headers(response).some((h) => h.toLowerCase() === header.toLowerCase());
}

/** Adds or replaces Cache-Control directives: `patch_cache_control(response, { max_age: 3600, public: true })`. */
export function patch_cache_control(response: HttpResponse, directives: Record<string, string | number | boolean>): void {
  const current = new Map<string, string | true>();
  for (const part of (response.headers.get("Cache-Control") ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const [key = "", value] = part.split("=", 2);
    current.set(key.toLowerCase(), value ?? true);
  }
  if (directives["private"] === true) current.delete("public");
  if (directives["public"] === true) current.delete("private");
  for (const [key, value] of Object.entries(directives)) {
    const name = key.replace(/_/g, "-");
    if (value === false) current.delete(name);
    else current.set(name, value === true ? true : String(value));
  }
  response.headers["Cache-Control"] = [...current].map(([k, v]) => (v === true ? k : `${k}=${v}`)).join(", ");
}

/** Sets Expires and Cache-Control max-age (Django's patch_response_headers). */
export function patch_response_headers(response: HttpResponse, cache_timeout: number): void {
  const timeout = Math.max(0, cache_timeout);
  if (!response.headers.has("Expires")) response.headers["Expires"] = http_date(Date.now() / 1000 + timeout);
  patch_cache_control(response, { max_age: timeout });
}

/** Marks a response as never to be cached (Django's add_never_cache_headers). */
export function add_never_cache_headers(response: HttpResponse): void {
  patch_response_headers(response, -1);
  patch_cache_control(response, { no_cache: true, no_store: true, must_revalidate: true, private: true });
}

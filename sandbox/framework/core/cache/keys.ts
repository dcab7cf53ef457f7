/** Cache keys for whole responses, as Django's utils/cache.py learn_cache_key/get_cache_key. */
import { digest, hex, sha256Algorithm, utf8 } from "../crypto";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import type { BaseCache } from "./backends/base";
import { get_vary_headers } from "./utils";

function hash(text: string): string {
  return hex(digest(sha256Algorithm, utf8(text))).slice(0, 32);
}

function header_key(request: HttpRequest, key_prefix: string): string {
  return `views.decorators.cache.cache_header.${key_prefix}.${hash(request.build_absolute_uri())}`;
}

function page_key(request: HttpRequest, method: string, headers: string[], key_prefix: string): string {
  const values = headers.map((h) => request.META[h] ?? "").join("");
  return `views.decorators.cache.cache_page.${key_prefix}.${method}.${hash(request.build_absolute_uri())}.${hash(values)}`;
}

/** Remembers which headers the response varies on, and returns the key to store it under. */
export function learn_cache_key(request: HttpRequest, response: HttpResponse, timeout: number | null, key_prefix: string, cache: BaseCache): string {
  const headers = get_vary_headers(response).map((h) => "HTTP_" + h.toUpperCase().replace(/-/g, "_")).sort();
  cache.set(header_key(request, key_prefix), headers, timeout);
  return page_key(request, request.method, headers, key_prefix);
}

/** The key a cached response for this request would have, or null if none was learned. */
export function get_cache_key(request: HttpRequest, key_prefix: string, method: string, cache: BaseCache): string | null {
  const headers = cache.get<string[]>(header_key(request, key_prefix));
  return headers === undefined ? null : page_key(request, method, headers, key_prefix);
}

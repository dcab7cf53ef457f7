/**
 * The per-site cache, as Django's middleware/cache.py: UpdateCacheMiddleware first in
 * MIDDLEWARE, FetchFromCacheMiddleware last; CacheMiddleware (both) backs cache_page.
 */
import { settings } from "../conf/settings";
import { caches } from "../core/cache";
import { learn_cache_key, get_cache_key } from "../core/cache/keys";
import { has_vary_header, patch_response_headers } from "../core/cache/utils";
import type { HttpRequest } from "../http/request";
import { HttpResponse } from "../http/response";
import { MiddlewareMixin, type GetResponse } from "./base";

/** What the cache stores for a response (responses are rebuilt from it). */
interface StoredResponse {
  status: number;
  content: string;
  headers: [string, string][];
}

const update_flags = new WeakMap<HttpRequest, boolean>();

export interface CacheOptions {
  timeout?: number | null;
  key_prefix?: string;
  cache_alias?: string;
}

function options(o: CacheOptions) {
  return {
    timeout: o.timeout === undefined ? settings.CACHE_MIDDLEWARE_SECONDS : o.timeout,
    key_prefix: o.key_prefix ?? settings.CACHE_MIDDLEWARE_KEY_PREFIX,
    alias: o.cache_alias ?? settings.CACHE_MIDDLEWARE_ALIAS,
  };
}

/** max-age from the response's Cache-Control, if any. */
function get_max_age(response: HttpResponse): number | undefined {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(response.headers.get("Cache-Control") ?? "");
  return match ? Number(match[1]) : undefined;
}

/** Stores cacheable responses: 200s, not streaming, without private or Set-Cookie-on-Vary-Cookie. */
export class UpdateCacheMiddleware extends MiddlewareMixin {
  constructor(get_response: GetResponse, protected readonly cache_options: CacheOptions = {}) {
    super(get_response);
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    if (!update_flags.get(request)) return response;
    if (response.streaming || (response.status_code !== 200 && response.status_code !== 304)) return response;
    if (Object.keys(request.COOKIES).length === 0 && Object.keys(response.cookies).length > 0 && has_vary_header(response, "Cookie")) return response;
    if (/(^|,)\s*private\b/.test(response.headers.get("Cache-Control") ?? "")) return response;
    const o = options(this.cache_options);
    const timeout = get_max_age(response) ?? o.timeout;
    if (timeout === 0) return response;
    patch_response_headers(response, timeout ?? 0);
    if (response.status_code === 200) {
      const cache = caches[o.alias]!;
      const key = learn_cache_key(request, response, timeout, o.key_prefix, cache);
      const stored: StoredResponse = { status: response.status_code, content: response.content, headers: response.headers.items() };
      cache.set(key, stored, timeout);
    }
    return response;
  }
}

/** Answers GET and HEAD from the cache when a stored response matches. */
export class FetchFromCacheMiddleware extends MiddlewareMixin {
  constructor(get_response: GetResponse, protected readonly cache_options: CacheOptions = {}) {
    super(get_response);
  }

  override process_request(request: HttpRequest): HttpResponse | null {
    if (request.method !== "GET" && request.method !== "HEAD") {
      update_flags.set(request, false);
      return null;
    }
    const o = options(this.cache_options);
    const cache = caches[o.alias]!;
    const key = get_cache_key(request, o.key_prefix, "GET", cache);
    const stored = key === null ? undefined : cache.get<StoredResponse>(key);
    if (!stored) {
      update_flags.set(request, true);
      return null;
    }
    update_flags.set(request, false);
    return new HttpResponse(stored.content, { status: stored.status, headers: Object.fromEntries(stored.headers) });
  }
}

/** Both halves around one view or site: what cache_page uses. */
export class CacheMiddleware extends MiddlewareMixin {
  private readonly fetch: FetchFromCacheMiddleware;
  private readonly update: UpdateCacheMiddleware;

  constructor(get_response: GetResponse, cache_options: CacheOptions = {}) {
    super(get_response);
    this.fetch = new FetchFromCacheMiddleware(get_response, cache_options);
    this.update = new UpdateCacheMiddleware(get_response, cache_options);
  }

  override process_request(request: HttpRequest): HttpResponse | null {
    return this.fetch.process_request(request);
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    return this.update.process_response(request, response);
  }
}

/**
 * BaseCache, as in Django's core/cache/backends/base.py: keys with prefix and version,
 * timeouts (seconds; null = forever; 0 = expire at once), and the whole API built on
 * a backend's get/set/add/delete/touch/has_key/clear.
 */
import { ValueError } from "../../exceptions";
import { log, record_cache } from "../../../handlers/activity";
import { dumps, loads, type Pickled } from "../pickle";

/** Passed for "the cache's default timeout". */
export const DEFAULT_TIMEOUT = Symbol("DEFAULT_TIMEOUT");
export type Timeout = number | null | typeof DEFAULT_TIMEOUT;

const MEMCACHE_MAX_KEY_LENGTH = 250;

/** Raised for a key that is not valid for the backend (Django's InvalidCacheKey). */
export class InvalidCacheKey extends ValueError {}

/** A backend's options: CACHES["default"]. */
export interface CacheParams {
  TIMEOUT?: number | null;
  KEY_PREFIX?: string;
  VERSION?: number;
  LOCATION?: string;
  OPTIONS?: { MAX_ENTRIES?: number; CULL_FREQUENCY?: number };
}

/** The cache API; subclasses store raw entries, which are pickled values (see pickle.ts), as Django's backends store pickles. */
export abstract class BaseCache {
  readonly default_timeout: number | null;
  readonly key_prefix: string;
  readonly version: number;
  readonly max_entries: number;
  readonly cull_frequency: number;

  constructor(params: CacheParams = {}) {
    this.default_timeout = params.TIMEOUT === undefined ? 300 : params.TIMEOUT;
    this.key_prefix = params.KEY_PREFIX ?? "";
    this.version = params.VERSION ?? 1;
    this.max_entries = params.OPTIONS?.MAX_ENTRIES ?? 300;
    this.cull_frequency = params.OPTIONS?.CULL_FREQUENCY ?? 3;
  }

  /** When an entry set now with `timeout` expires, in epoch ms (null: never). */
  get_backend_timeout(timeout: Timeout = DEFAULT_TIMEOUT): number | null {
    const seconds = timeout === DEFAULT_TIMEOUT ? this.default_timeout : timeout;
    if (seconds === null) return null;
    return seconds === 0 ? Date.now() - 1 : Date.now() + seconds * 1000;
  }

  /** "<prefix>:<version>:<key>", as Django's default_key_func. */
  make_key(key: string, version?: number): string {
    return `${this.key_prefix}:${version ?? this.version}:${key}`;
  }

  /** Warns (in the request log) about keys memcached would reject, as Django's CacheKeyWarning. */
  validate_key(key: string): void {
    if (key.length > MEMCACHE_MAX_KEY_LENGTH) {
      log("django.core.cache", "warning", `CacheKeyWarning: Cache key will cause errors if used with memcached: '${key}' (longer than ${MEMCACHE_MAX_KEY_LENGTH})`);
    }
    if ([...key].some((c) => c.charCodeAt(0) <= 32 || c.charCodeAt(0) === 127)) {
      log("django.core.cache", "warning", `CacheKeyWarning: Cache key contains characters that will cause errors if used with memcached: ${JSON.stringify(key)}`);
    }
  }

  protected abstract raw_get(key: string): { value: Pickled } | undefined;
  protected abstract raw_set(key: string, value: Pickled, expires: number | null): void;
  protected abstract raw_delete(key: string): boolean;
  protected abstract raw_touch(key: string, expires: number | null): boolean;
  abstract clear(): void;

  private key(key: string, version?: number): string {
    const made = this.make_key(key, version);
    this.validate_key(made);
    return made;
  }

  get<T = unknown>(key: string, fallback?: T, version?: number): T | undefined {
    const found = this.raw_get(this.key(key, version));
    record_cache(found !== undefined);
    return found === undefined ? fallback : (loads(found.value) as T);
  }

  set(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version?: number): void {
    this.raw_set(this.key(key, version), dumps(value), this.get_backend_timeout(timeout));
  }

  /** Sets only if the key is missing; true if it was set. */
  add(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version?: number): boolean {
    const made = this.key(key, version);
    if (this.raw_get(made) !== undefined) return false;
    this.raw_set(made, dumps(value), this.get_backend_timeout(timeout));
    return true;
  }

  delete(key: string, version?: number): boolean {
    return this.raw_delete(this.key(key, version));
  }

  /** Gives the key a new timeout; false if it is missing. */
  touch(key: string, timeout: Timeout = DEFAULT_TIMEOUT, version?: number): boolean {
    return this.raw_touch(this.key(key, version), this.get_backend_timeout(timeout));
  }

  has_key(key: string, version?: number): boolean {
    return this.raw_get(this.key(key, version)) !== undefined;
  }

  /** The cached value, or `fallback` (called if a function) stored and returned. */
  get_or_set<T>(key: string, fallback: T | (() => T), timeout: Timeout = DEFAULT_TIMEOUT, version?: number): T {
    const found = this.get<T>(key, undefined, version);
    if (found !== undefined) return found;
    const value = typeof fallback === "function" ? (fallback as () => T)() : fallback;
    if (value === undefined || value === null) return value;
    this.add(key, value, timeout, version);
    return this.get<T>(key, value, version) as T;
  }

  get_many(keys: string[], version?: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = this.get(key, undefined, version);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  /** Sets every pair; returns the keys that failed (none for these backends). */
  set_many(data: Record<string, unknown>, timeout: Timeout = DEFAULT_TIMEOUT, version?: number): string[] {
    for (const [key, value] of Object.entries(data)) this.set(key, value, timeout, version);
    return [];
  }

  delete_many(keys: string[], version?: number): void {
    for (const key of keys) this.delete(key, version);
  }

  /** Adds `delta` to a number; ValueError "Key 'x' not found" when missing. */
  incr(key: string, delta = 1, version?: number): number {
    const made = this.key(key, version);
    const found = this.raw_get(made);
    if (found === undefined) throw new ValueError(`Key '${key}' not found`);
    const value = Number(loads(found.value)) + delta;
    this.raw_set(made, value, this.expiry(made));
    return value;
  }

  decr(key: string, delta = 1, version?: number): number {
    return this.incr(key, -delta, version);
  }

  /** Moves the key to version + delta and returns the new version. */
  incr_version(key: string, delta = 1, version?: number): number {
    const current = version ?? this.version;
    const value = this.get(key, undefined, current);
    if (value === undefined) throw new ValueError(`Key '${key}' not found`);
    this.set(key, value, DEFAULT_TIMEOUT, current + delta);
    this.delete(key, current);
    return current + delta;
  }

  decr_version(key: string, delta = 1, version?: number): number {
    return this.incr_version(key, -delta, version);
  }

  /** The expiry of a stored raw key (subclasses that know it override). */
  protected expiry(_key: string): number | null {
    return null;
  }
}

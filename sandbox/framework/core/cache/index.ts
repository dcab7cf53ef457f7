/**
 * Caches, as in django.core.cache: `caches["default"]` and `cache` for the active
 * project's CACHES setting. Each project load has its own CacheHandler, so a reload
 * starts with empty local-memory caches, as Django's restarted dev server does.
 */
import { settings } from "../../conf/settings";
import { ImproperlyConfigured } from "../exceptions";
import type { BaseCache, CacheParams } from "./backends/base";
import { LocMemCache } from "./backends/locmem";
import { DatabaseCache } from "./backends/db";

export { BaseCache, DEFAULT_TIMEOUT, InvalidCacheKey } from "./backends/base";
export { LocMemCache } from "./backends/locmem";
export { DatabaseCache, createcachetable } from "./backends/db";

const BACKENDS: Record<string, new (params: CacheParams) => BaseCache> = {
  "mvt.core.cache.backends.locmem.LocMemCache": LocMemCache,
  "mvt.core.cache.backends.db.DatabaseCache": DatabaseCache,
};

/** The cache backends of one project load, made on first use (Django's CacheHandler). */
export class CacheHandler {
  private instances = new Map<string, BaseCache>();
  private configured_for: unknown;

  /** The cache named `alias` in settings.CACHES. */
  get(alias: string): BaseCache {
    if (this.configured_for !== settings.CACHES) {
      this.instances = new Map();
      this.configured_for = settings.CACHES;
    }
    let found = this.instances.get(alias);
    if (found) return found;
    const params = settings.CACHES[alias];
    if (!params) throw new ImproperlyConfigured(`The connection '${alias}' doesn't exist.`);
    const backend = String(params["BACKEND"] ?? "").replace(/^django\./, "mvt.");
    const cls = BACKENDS[backend];
    if (!cls) throw new ImproperlyConfigured(`Could not find backend '${String(params["BACKEND"])}'. Available: ${Object.keys(BACKENDS).join(", ")}.`);
    found = new cls(params as CacheParams);
    this.instances.set(alias, found);
    return found;
  }
}

let active = new CacheHandler();

/** Makes `handler` the caches that `cache` and `caches` use: Project.activate() passes its own. */
export function use_caches(handler: CacheHandler): void {
  active = handler;
}

function cache_for(alias: string): BaseCache {
  return active.get(alias);
}

/** Caches by alias: `caches["default"]`. */
export const caches: Record<string, BaseCache> = new Proxy({}, { get: (_t, alias) => (typeof alias === "string" ? cache_for(alias) : undefined) });

/** The default cache: `cache.set("greeting", "hi", 30)`. */
export const cache: BaseCache = new Proxy({} as BaseCache, {
  get: (_t, name) => {
    const target = cache_for("default");
    const value: unknown = Reflect.get(target, name);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

/**
 * Caches, as in django.core.cache: `caches["default"]` and `cache` for the active
 * project's CACHES setting. The local-memory backend lives as long as the project.
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

let instances = new Map<string, BaseCache>();
let configuredFor: unknown;

/** The cache named `alias` in settings.CACHES. */
function cache_for(alias: string): BaseCache {
  if (configuredFor !== settings.CACHES) {
    instances = new Map();
    configuredFor = settings.CACHES;
  }
  let found = instances.get(alias);
  if (found) return found;
  const params = settings.CACHES[alias];
  if (!params) throw new ImproperlyConfigured(`The connection '${alias}' doesn't exist.`);
  const backend = String(params["BACKEND"] ?? "").replace(/^django\./, "mvt.");
  const cls = BACKENDS[backend];
  if (!cls) throw new ImproperlyConfigured(`Could not find backend '${String(params["BACKEND"])}'. Available: ${Object.keys(BACKENDS).join(", ")}.`);
  found = new cls(params as CacheParams);
  instances.set(alias, found);
  return found;
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

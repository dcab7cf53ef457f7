/** LocMemCache, as in Django: a per-project in-memory cache with LRU culling at MAX_ENTRIES. */
import { BaseCache, type CacheParams } from "./base";
import type { Pickled } from "../pickle";

interface Entry {
  /** Pickled on set, unpickled by each get: a stored value is never handed out. */
  value: Pickled;
  expires: number | null;
}

export class LocMemCache extends BaseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(params: CacheParams = {}) {
    super(params);
  }

  protected raw_get(key: string): { value: Pickled } | undefined {
    const entry = this.live(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { value: entry.value };
  }

  protected raw_set(key: string, value: Pickled, expires: number | null): void {
    if (!this.entries.has(key) && this.entries.size >= this.max_entries) this.cull();
    this.entries.delete(key);
    this.entries.set(key, { value, expires });
  }

  protected raw_delete(key: string): boolean {
    return this.live(key) !== undefined && this.entries.delete(key);
  }

  protected raw_touch(key: string, expires: number | null): boolean {
    const entry = this.live(key);
    if (entry) entry.expires = expires;
    return entry !== undefined;
  }

  protected override expiry(key: string): number | null {
    return this.entries.get(key)?.expires ?? null;
  }

  clear(): void {
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expires !== null && entry.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops the least recently used 1/CULL_FREQUENCY of the entries (all with 0). */
  private cull(): void {
    const count = this.cull_frequency === 0 ? this.entries.size : Math.floor(this.entries.size / this.cull_frequency);
    for (const key of [...this.entries.keys()].slice(0, count)) this.entries.delete(key);
  }
}

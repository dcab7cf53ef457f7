/**
 * What happened during the request being handled, for the request trace: the middleware
 * that ran and what each changed, cache hits and misses, and Django's log messages.
 * The handler starts one per request; framework code adds to the current one.
 */
import type { LogRecord, MiddlewareTrace } from "../../protocol";

/** The trace of one request beyond its queries. */
export interface RequestActivity {
  middleware: MiddlewareTrace[];
  cache: { hits: number; misses: number };
  log: LogRecord[];
}

let current: RequestActivity | undefined;

/** Starts recording a new request and returns its activity. */
export function begin_activity(): RequestActivity {
  current = { middleware: [], cache: { hits: 0, misses: 0 }, log: [] };
  return current;
}

/** Records a message as Django logs it: `log("django.security.csrf", "warning", "Forbidden (...): /")`. */
export function log(logger: string, level: LogRecord["level"], message: string): void {
  current?.log.push({ logger, level, message });
}

/** Counts a cache lookup. */
export function record_cache(hit: boolean): void {
  if (!current) return;
  if (hit) current.cache.hits += 1;
  else current.cache.misses += 1;
}

/**
 * Case-insensitive header maps, read and written with brackets as in Django:
 * `request.headers["User-Agent"]`, `response.headers["Content-Type"] = "text/plain"`.
 */

/** A header map: bracket access in any case, plus get/has/items/delete. */
export type Headers = Record<string, string | undefined> & {
  get(name: string, fallback?: string): string | undefined;
  has(name: string): boolean;
  items(): [string, string][];
  delete(name: string): void;
};

const METHODS = new Set(["get", "has", "items", "delete"]);

/** Builds a header map from plain pairs; later pairs win. */
export function makeHeaders(initial: Record<string, string> = {}): Headers {
  // lower-cased name -> [name as first written, value]
  const store = new Map<string, [string, string]>();
  const methods = {
    get: (name: string, fallback?: string) => store.get(name.toLowerCase())?.[1] ?? fallback,
    has: (name: string) => store.has(name.toLowerCase()),
    items: () => [...store.values()].map(([n, v]): [string, string] => [n, v]),
    delete: (name: string) => void store.delete(name.toLowerCase()),
  };
  for (const [name, value] of Object.entries(initial)) store.set(name.toLowerCase(), [name, value]);
  return new Proxy(methods as unknown as Headers, {
    get: (target, name) => {
      if (typeof name !== "string") return undefined;
      if (METHODS.has(name)) return Reflect.get(target, name);
      return store.get(name.toLowerCase())?.[1];
    },
    set: (_target, name, value) => {
      if (typeof name !== "string") return false;
      store.set(name.toLowerCase(), [name, String(value)]);
      return true;
    },
    deleteProperty: (_target, name) => typeof name === "string" && store.delete(name.toLowerCase()),
    has: (_target, name) => typeof name === "string" && store.has(name.toLowerCase()),
    ownKeys: () => [...store.values()].map(([n]) => n),
    getOwnPropertyDescriptor: (_target, name) => {
      const entry = typeof name === "string" ? store.get(name.toLowerCase()) : undefined;
      return entry ? { value: entry[1], enumerable: true, configurable: true, writable: true } : undefined;
    },
  });
}

/** The preview's pretend origin: learner URLs are paths on it. */
const ORIGIN = "http://sandbox.invalid";

/**
 * Resolves a link or form action from the page at `current` to a sandbox path
 * ("/books/?page=2"), or null when it points outside the sandbox.
 */
export function resolveAddress(current: string, href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), ORIGIN + current);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  return url.pathname + url.search;
}

/** "/books/" + "a=1" -> "/books/?a=1" (a GET form's query replaces the action's). */
export function withQuery(path: string, query: string): string {
  const base = path.split("?")[0] ?? path;
  return query ? `${base}?${query}` : base;
}

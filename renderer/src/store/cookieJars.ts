import type { HostApi } from "../../../app/contract";
import { CookieJar } from "../lib/cookies";

/** The host's UI-state key for the preview's cookies. */
const KEY = "cookies";

type SavedJars = Record<string, Record<string, string>>;

/** The preview's cookie jars, one per lesson or project, by key. */
export interface CookieJars {
  /** The jar for `key`, with the cookies saved before the last restart. */
  jar(key: string): Promise<CookieJar>;
  /** Saves every jar; call after a response set cookies. */
  save(): Promise<void>;
}

/**
 * Cookie jars kept through the host, so a login (a session cookie) survives reloading
 * the app or restarting it, as a browser keeps its cookies.
 */
export function cookieJars(host: HostApi): CookieJars {
  const jars = new Map<string, CookieJar>();
  let saved: Promise<SavedJars> | null = null;
  // Cookies that cannot be read cost only the login: the preview starts with empty jars.
  const load = () => (saved ??= host.readUiState(KEY).then(parseJars, (): SavedJars => ({})));
  return {
    async jar(key) {
      const stored = await load();
      let found = jars.get(key);
      if (!found) jars.set(key, (found = new CookieJar(stored[key])));
      return found;
    },
    async save() {
      const stored = await load();
      const now = Object.fromEntries([...jars].map(([key, jar]) => [key, jar.entries()]));
      await host.writeUiState(KEY, { ...stored, ...now });
    },
  };
}

/** Saved jars, dropping anything that is not a name-to-text map. */
function parseJars(saved: unknown): SavedJars {
  if (!saved || typeof saved !== "object") return {};
  const jars: SavedJars = {};
  for (const [key, cookies] of Object.entries(saved)) {
    if (!cookies || typeof cookies !== "object") continue;
    jars[key] = Object.fromEntries(Object.entries(cookies).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  }
  return jars;
}

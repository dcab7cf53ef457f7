/**
 * The preview's cookie jar: what a browser would keep for the sandbox site, so sessions,
 * logins and CSRF work across requests. Path, domain and expiry dates are ignored;
 * Max-Age=0 (Django's delete_cookie) removes a cookie.
 */
export class CookieJar {
  private readonly cookies: Map<string, string>;

  /** A jar holding `saved` (name to value), as `entries()` gave them. */
  constructor(saved: Record<string, string> = {}) {
    this.cookies = new Map(Object.entries(saved));
  }

  /** Takes the Set-Cookie header (several cookies arrive joined by newlines). */
  store(setCookie: string | undefined): void {
    if (!setCookie) return;
    for (const line of setCookie.split("\n")) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }

  /** The Cookie header to send, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** The cookies, name to value, for saving. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.cookies);
  }
}

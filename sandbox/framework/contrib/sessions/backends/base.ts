/**
 * SessionBase, as in Django's contrib/sessions/backends/base.py: a dictionary kept
 * between requests, with expiry, flush and cycle_key. Read and write it with methods:
 * `request.session.get("cart")`, `request.session.set("cart", [1, 2])`.
 */
import { settings } from "../../../conf/settings";
import { get_random_string } from "../../../core/crypto";
import { dumps, loads } from "../../../core/signing";

/** JSON-serializable session data. */
export type SessionData = Record<string, unknown>;

/** Raised by save() when the session was deleted meanwhile (Django's UpdateError). */
export class UpdateError extends Error {
  override name = "UpdateError";
}

const VALID_KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const EXPIRY_KEY = "_session_expiry";

/** The common part of every session store; backends implement load/exists/create/save/delete. */
export abstract class SessionBase {
  /** True once the data was read or written during this request. */
  accessed = false;
  /** True once the data was written during this request. */
  modified = false;
  protected cache?: SessionData;
  private key: string | null = null;

  constructor(session_key: string | null = null) {
    this.session_key = session_key;
  }

  /** The session's key, or null before it is saved; keys shorter than 8 characters are discarded. */
  get session_key(): string | null {
    return this.key;
  }

  set session_key(value: string | null) {
    this.key = value && value.length >= 8 ? value : null;
  }

  /** The salt of signed session data: "django.contrib.sessions.SessionStore", as in Django. */
  protected get key_salt(): string {
    return "django.contrib.sessions.SessionStore";
  }

  get(key: string, fallback?: unknown): unknown {
    return key in this.session ? this.session[key] : fallback;
  }

  /**
   * `request.session[key]` in Django; a template's `{{ request.session.cart }}` reads it
   * this way. KeyError when missing (a template then renders nothing).
   */
  __getitem__(key: string): unknown {
    if (!Object.hasOwn(this.session, key)) throw new Error(`KeyError: '${key}'`);
    return this.session[key];
  }

  set(key: string, value: unknown): void {
    this.session[key] = value;
    this.modified = true;
  }

  /** Removes `key`; KeyError when missing, as Django's `del request.session[key]`. */
  delete_item(key: string): void {
    if (!(key in this.session)) throw new Error(`KeyError: '${key}'`);
    delete this.session[key];
    this.modified = true;
  }

  has(key: string): boolean {
    return key in this.session;
  }

  keys(): string[] {
    return Object.keys(this.session);
  }

  items(): [string, unknown][] {
    return Object.entries(this.session);
  }

  pop(key: string, fallback?: unknown): unknown {
    const session = this.session;
    if (!(key in session)) return fallback;
    this.modified = true;
    const value = session[key];
    delete session[key];
    return value;
  }

  setdefault(key: string, value: unknown): unknown {
    if (key in this.session) return this.session[key];
    this.set(key, value);
    return value;
  }

  set_test_cookie(): void {
    this.set("testcookie", "worked");
  }

  test_cookie_worked(): boolean {
    return this.get("testcookie") === "worked";
  }

  delete_test_cookie(): void {
    this.delete_item("testcookie");
  }

  /** Signed, JSON-encoded data, readable by Django's SessionStore with the same SECRET_KEY. */
  encode(data: SessionData): string {
    return dumps(data, { salt: this.key_salt });
  }

  /** Decodes data from encode(); tampered or corrupt data gives an empty session. */
  decode(session_data: string): SessionData {
    try {
      return loads(session_data, { salt: this.key_salt }) as SessionData;
    } catch {
      return {};
    }
  }

  /** Empties the session (the key is kept). */
  clear(): void {
    this.cache = {};
    this.accessed = true;
    this.modified = true;
  }

  /** True when there is no key and nothing cached. */
  is_empty(): boolean {
    return !this.session_key && (!this.cache || Object.keys(this.cache).length === 0);
  }

  /** The data, loaded from the store on first access. */
  protected get session(): SessionData {
    this.accessed = true;
    if (!this.cache) this.cache = this.session_key === null ? {} : this.load();
    return this.cache;
  }

  /** A fresh random key that no session uses. */
  protected get_new_session_key(): string {
    for (;;) {
      const key = get_random_string(32, VALID_KEY_CHARS);
      if (!this.exists(key)) return key;
    }
  }

  /** Seconds until the session expires: set_expiry()'s value or SESSION_COOKIE_AGE. */
  get_expiry_age(): number {
    const expiry = this.get(EXPIRY_KEY);
    if (typeof expiry === "number" && expiry !== 0) return expiry;
    if (typeof expiry === "string") return Math.floor((Date.parse(expiry) - Date.now()) / 1000);
    return settings.SESSION_COOKIE_AGE;
  }

  get_expiry_date(): Date {
    return new Date(Date.now() + this.get_expiry_age() * 1000);
  }

  /**
   * Sets when the session expires: seconds from now, a Date, 0 for "when the browser
   * closes", or null for the global policy (SESSION_COOKIE_AGE).
   */
  set_expiry(value: number | Date | null): void {
    if (value === null) {
      this.pop(EXPIRY_KEY);
      return;
    }
    this.set(EXPIRY_KEY, value instanceof Date ? value.toISOString() : value);
  }

  /** True when the cookie should last only until the browser closes. */
  get_expire_at_browser_close(): boolean {
    const expiry = this.get(EXPIRY_KEY);
    return expiry === undefined ? settings.SESSION_EXPIRE_AT_BROWSER_CLOSE : expiry === 0;
  }

  /** Deletes the data and the key: what logout() does. */
  flush(): void {
    this.clear();
    this.delete();
    this.session_key = null;
  }

  /** Keeps the data under a new key (login() calls this against session fixation). */
  cycle_key(): void {
    const data = this.session;
    const key = this.session_key;
    this.create();
    this.cache = data;
    if (key) this.delete(key);
  }

  /** True if a session with `session_key` exists in the store. */
  abstract exists(session_key: string): boolean;
  /** Gets a new key and saves an empty session under it. */
  abstract create(): void;
  /** Saves the data; `must_create` fails rather than overwrite. */
  abstract save(must_create?: boolean): void;
  /** Deletes the session `session_key` (default: this one). */
  abstract delete(session_key?: string | null): void;
  /** Reads this session's data from the store ({} for a missing or expired one). */
  abstract load(): SessionData;
}

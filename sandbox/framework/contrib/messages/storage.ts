/**
 * Message storage, as in django.contrib.messages.storage: messages added during one
 * request are shown on the next page that iterates them. mvt keeps them in the session
 * (Django's SessionStorage); the cookie and fallback storage names map to it.
 */
import { settings } from "../../conf/settings";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import { DEFAULT_TAGS } from "./constants";

const SESSION_KEY = "_messages";

/** One message: its level, text and tags ("success", plus extra_tags). */
export class Message {
  constructor(readonly level: number, readonly message: string, readonly extra_tags = "") {}

  /** The level's tag, from MESSAGE_TAGS over the defaults. */
  get level_tag(): string {
    return { ...DEFAULT_TAGS, ...settings.MESSAGE_TAGS }[this.level] ?? "";
  }

  /** extra_tags then level_tag, space-separated. */
  get tags(): string {
    return [this.extra_tags, this.level_tag].filter(Boolean).join(" ");
  }

  toString(): string {
    return this.message;
  }
}

/** The messages of one request: iterate to read (and consume) them. */
export class MessageStorage implements Iterable<Message> {
  used = false;
  private readonly queued: Message[] = [];
  private loaded?: Message[];
  private levelOverride?: number;

  constructor(private readonly request: HttpRequest) {}

  /** Messages below this level are dropped (MESSAGE_LEVEL by default). */
  get level(): number {
    return this.levelOverride ?? settings.MESSAGE_LEVEL;
  }

  set level(value: number) {
    this.levelOverride = value;
  }

  add(level: number, message: string, extra_tags = ""): void {
    if (!message || level < this.level) return;
    this.queued.push(new Message(level, message, extra_tags));
  }

  *[Symbol.iterator](): Iterator<Message> {
    this.used = true;
    const all = [...this.stored(), ...this.queued];
    this.queued.length = 0;
    this.loaded = [];
    yield* all;
  }

  get length(): number {
    return this.stored().length + this.queued.length;
  }

  private stored(): Message[] {
    if (!this.loaded) {
      const raw = (this.request as { session?: HttpRequest["session"] }).session?.get(SESSION_KEY);
      this.loaded = Array.isArray(raw) ? raw.map((m: [number, string, string]) => new Message(m[0], m[1], m[2])) : [];
    }
    return this.loaded;
  }

  /** Saves unread messages to the session for the next request. */
  update(_response: HttpResponse): void {
    const session = (this.request as { session?: HttpRequest["session"] }).session;
    if (!session) return;
    const remaining = [...(this.used ? [] : this.stored()), ...this.queued];
    if (remaining.length) session.set(SESSION_KEY, remaining.map((m) => [m.level, m.message, m.extra_tags]));
    else if (session.has(SESSION_KEY)) session.pop(SESSION_KEY);
  }
}

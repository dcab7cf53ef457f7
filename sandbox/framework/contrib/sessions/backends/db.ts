/** Sessions stored in the database (Django's contrib/sessions/backends/db.py). */
import { Session } from "../models";
import { type SessionData, SessionBase, UpdateError } from "./base";

/** The database session store: one django_session row per session. */
export class SessionStore extends SessionBase {
  load(): SessionData {
    const row = this.session_key === null ? null : Session.objects.filter({ session_key: this.session_key, expire_date__gt: new Date() }).first();
    if (!row) {
      this.session_key = null;
      return {};
    }
    return this.decode(row.session_data);
  }

  exists(session_key: string): boolean {
    return Session.objects.filter({ session_key }).exists();
  }

  create(): void {
    this.session_key = this.get_new_session_key();
    this.save(true);
    this.modified = true;
  }

  save(must_create = false): void {
    if (this.session_key === null) {
      this.create();
      return;
    }
    const data = must_create ? (this.cache ?? {}) : this.session;
    const values = { session_data: this.encode(data), expire_date: this.get_expiry_date() };
    if (must_create) {
      Session.objects.create({ session_key: this.session_key, ...values });
    } else if (Session.objects.filter({ session_key: this.session_key }).update(values) === 0) {
      throw new UpdateError("The session was deleted before it could be saved.");
    }
  }

  delete(session_key: string | null = this.session_key): void {
    if (session_key === null) return;
    Session.objects.filter({ session_key }).delete();
  }

  /** Deletes expired sessions (Django's clearsessions command). */
  static clear_expired(): void {
    Session.objects.filter({ expire_date__lt: new Date() }).delete();
  }
}

/**
 * Sessions kept in the cookie itself, signed (Django's backends/signed_cookies.py): the
 * session key IS the signed data, so nothing is stored on the server.
 */
import { settings } from "../../../conf/settings";
import { dumps, loads } from "../../../core/signing";
import { type SessionData, SessionBase } from "./base";

const SALT = "django.contrib.sessions.backends.signed_cookies";

/** The signed-cookie session store. */
export class SessionStore extends SessionBase {
  load(): SessionData {
    try {
      return loads(this.session_key ?? "", { salt: SALT, max_age: settings.SESSION_COOKIE_AGE }) as SessionData;
    } catch {
      this.create();
      return {};
    }
  }

  exists(): boolean {
    return false;
  }

  create(): void {
    this.modified = true;
  }

  save(): void {
    this.session_key = dumps(this.session, { salt: SALT, compress: true });
    this.modified = true;
  }

  delete(): void {
    this.session_key = "";
    this.cache = {};
    this.modified = true;
  }

  override cycle_key(): void {
    this.save();
  }
}

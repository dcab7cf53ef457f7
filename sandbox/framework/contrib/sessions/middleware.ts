/** SessionMiddleware, as in Django: loads request.session from its cookie and saves it on the way out. */
import { settings } from "../../conf/settings";
import { patch_vary_headers } from "../../core/cache/utils";
import { ImproperlyConfigured } from "../../core/exceptions";
import { http_date } from "../../http/cookie";
import { BadRequest } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import { MiddlewareMixin } from "../../middleware/base";
import { type SessionBase, UpdateError } from "./backends/base";
import { SessionStore as DbStore } from "./backends/db";
import { SessionStore as SignedCookieStore } from "./backends/signed_cookies";

const ENGINES: Record<string, new (session_key: string | null) => SessionBase> = {
  "mvt.contrib.sessions.backends.db": DbStore,
  "mvt.contrib.sessions.backends.signed_cookies": SignedCookieStore,
};

/** The session store class named by settings.SESSION_ENGINE. */
export function session_store(): new (session_key: string | null) => SessionBase {
  const store = ENGINES[settings.SESSION_ENGINE.replace(/^django\./, "mvt.")];
  if (!store) throw new ImproperlyConfigured(`Unknown SESSION_ENGINE '${settings.SESSION_ENGINE}'. Use one of: ${Object.keys(ENGINES).join(", ")}.`);
  return store;
}

/** The session, from and to the SESSION_COOKIE_NAME cookie. */
export class SessionMiddleware extends MiddlewareMixin {
  override process_request(request: HttpRequest): null {
    const Store = session_store();
    request.session = new Store(request.COOKIES[settings.SESSION_COOKIE_NAME] ?? null);
    return null;
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    const session = request.session as SessionBase | undefined;
    if (!session) return response;
    const { accessed, modified } = session;
    const empty = session.is_empty();
    const samesite = settings.SESSION_COOKIE_SAMESITE || undefined;
    if (settings.SESSION_COOKIE_NAME in request.COOKIES && empty) {
      response.delete_cookie(settings.SESSION_COOKIE_NAME, { path: settings.SESSION_COOKIE_PATH, ...(settings.SESSION_COOKIE_DOMAIN ? { domain: settings.SESSION_COOKIE_DOMAIN } : {}), ...(samesite ? { samesite } : {}) });
      patch_vary_headers(response, ["Cookie"]);
      return response;
    }
    if (accessed) patch_vary_headers(response, ["Cookie"]);
    if ((modified || settings.SESSION_SAVE_EVERY_REQUEST) && !empty && response.status_code !== 500) {
      const at_close = session.get_expire_at_browser_close();
      const max_age = at_close ? undefined : session.get_expiry_age();
      try {
        session.save();
      } catch (error) {
        if (error instanceof UpdateError) {
          throw new BadRequest("The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.");
        }
        throw error;
      }
      response.set_cookie(settings.SESSION_COOKIE_NAME, session.session_key ?? "", {
        ...(max_age !== undefined ? { max_age, expires: http_date(Date.now() / 1000 + max_age) } : {}),
        ...(settings.SESSION_COOKIE_DOMAIN ? { domain: settings.SESSION_COOKIE_DOMAIN } : {}),
        path: settings.SESSION_COOKIE_PATH,
        secure: settings.SESSION_COOKIE_SECURE,
        httponly: settings.SESSION_COOKIE_HTTPONLY,
        ...(samesite ? { samesite } : {}),
      });
    }
    return response;
  }
}

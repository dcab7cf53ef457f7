/** AuthenticationMiddleware, as in Django: request.user from the session, loaded on first use. */
import { ImproperlyConfigured } from "../../core/exceptions";
import type { HttpRequest } from "../../http/request";
import { MiddlewareMixin } from "../../middleware/base";
import type { AnonymousUser } from "./anonymous";
import type { AbstractUser } from "./models";
import { get_user } from "./login";

/** Sets a lazy request.user; needs SessionMiddleware before it. */
export class AuthenticationMiddleware extends MiddlewareMixin {
  override process_request(request: HttpRequest): null {
    if (!(request as { session?: unknown }).session) {
      throw new ImproperlyConfigured("The Django authentication middleware requires session middleware to be installed. Edit your MIDDLEWARE setting to insert 'mvt.contrib.sessions.middleware.SessionMiddleware' before 'mvt.contrib.auth.middleware.AuthenticationMiddleware'.");
    }
    let cached: AbstractUser | AnonymousUser | undefined;
    Object.defineProperty(request, "user", {
      get: () => (cached ??= get_user(request)),
      set: (value: AbstractUser | AnonymousUser) => {
        cached = value;
      },
      enumerable: true,
      configurable: true,
    });
    return null;
  }
}

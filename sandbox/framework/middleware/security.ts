/** SecurityMiddleware, as in Django: HSTS, nosniff, Referrer-Policy, COOP and the HTTPS redirect. */
import { settings } from "../conf/settings";
import type { HttpRequest } from "../http/request";
import { type HttpResponse, HttpResponsePermanentRedirect } from "../http/response";
import { MiddlewareMixin } from "./base";

export class SecurityMiddleware extends MiddlewareMixin {
  /** Redirects plain HTTP to HTTPS when SECURE_SSL_REDIRECT is on (paths in SECURE_REDIRECT_EXEMPT excepted). */
  override process_request(request: HttpRequest): HttpResponse | null {
    const path = request.path.replace(/^\/+/, "");
    if (!settings.SECURE_SSL_REDIRECT || request.is_secure() || settings.SECURE_REDIRECT_EXEMPT.some((pattern) => new RegExp(pattern).test(path))) return null;
    const host = settings.SECURE_SSL_HOST ?? request.get_host();
    return new HttpResponsePermanentRedirect(`https://${host}${request.get_full_path()}`);
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    if (settings.SECURE_HSTS_SECONDS && request.is_secure() && !response.headers.has("Strict-Transport-Security")) {
      let sts = `max-age=${settings.SECURE_HSTS_SECONDS}`;
      if (settings.SECURE_HSTS_INCLUDE_SUBDOMAINS) sts += "; includeSubDomains";
      if (settings.SECURE_HSTS_PRELOAD) sts += "; preload";
      response.headers["Strict-Transport-Security"] = sts;
    }
    if (settings.SECURE_CONTENT_TYPE_NOSNIFF) response.setdefault("X-Content-Type-Options", "nosniff");
    if (settings.SECURE_REFERRER_POLICY) response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY);
    return response;
  }
}

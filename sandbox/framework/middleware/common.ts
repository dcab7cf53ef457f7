/** CommonMiddleware, as in Django: DISALLOWED_USER_AGENTS, PREPEND_WWW and APPEND_SLASH. */
import { settings } from "../conf/settings";
import { PermissionDenied } from "../http/exceptions";
import type { HttpRequest } from "../http/request";
import { type HttpResponse, HttpResponsePermanentRedirect } from "../http/response";
import { get_resolver } from "../urls/base";
import type { URLResolver } from "../urls/resolvers";
import { MiddlewareMixin } from "./base";

/** Django's RuntimeError for a POST that APPEND_SLASH would redirect and lose. */
export class AppendSlashPostError extends Error {
  override name = "RuntimeError";
}

export class CommonMiddleware extends MiddlewareMixin {
  override process_request(request: HttpRequest): HttpResponse | null {
    const agent = request.META["HTTP_USER_AGENT"];
    const disallowed = (settings["DISALLOWED_USER_AGENTS"] ?? []) as string[];
    if (agent !== undefined && disallowed.some((pattern) => new RegExp(pattern).test(agent))) throw new PermissionDenied("Forbidden user agent");
    const host = request.get_host();
    if (settings["PREPEND_WWW"] === true && host && !host.startsWith("www.")) {
      return new HttpResponsePermanentRedirect(`${request.scheme}://www.${host}${this.full_path(request, this.should_redirect_with_slash(request))}`);
    }
    return null;
  }

  /** A 404 for "/path" becomes a 301 to "/path/" when that URL exists. */
  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    if (response.status_code === 404 && this.should_redirect_with_slash(request)) {
      return new HttpResponsePermanentRedirect(this.full_path(request, true));
    }
    return response;
  }

  private should_redirect_with_slash(request: HttpRequest): boolean {
    if (!settings.APPEND_SLASH || request.path_info.endsWith("/")) return false;
    const resolver = get_resolver();
    return !valid(resolver, request.path_info) && valid(resolver, request.path_info + "/");
  }

  private full_path(request: HttpRequest, force_append_slash: boolean): string {
    const query = request.META["QUERY_STRING"];
    const path = request.path + (force_append_slash ? "/" : "") + (query ? "?" + query : "");
    if (force_append_slash && settings.DEBUG && ["POST", "PUT", "PATCH"].includes(request.method)) {
      throw new AppendSlashPostError(`You called this URL via ${request.method}, but the URL doesn't end in a slash and you have APPEND_SLASH set. Django can't redirect to the slash URL while maintaining ${request.method} data. Change your form to point to ${request.get_host()}${request.path}/ (note the trailing slash), or set APPEND_SLASH=False in your Django settings.`);
    }
    return path;
  }
}

function valid(resolver: URLResolver, path: string): boolean {
  try {
    resolver.resolve(path);
    return true;
  } catch {
    return false;
  }
}

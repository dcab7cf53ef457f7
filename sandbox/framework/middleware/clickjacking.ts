/** XFrameOptionsMiddleware, as in Django: X-Frame-Options against clickjacking. */
import { settings } from "../conf/settings";
import type { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";
import { MiddlewareMixin } from "./base";

/** Sets X-Frame-Options to X_FRAME_OPTIONS (DENY) unless set, or the view is xframe_options_exempt. */
export class XFrameOptionsMiddleware extends MiddlewareMixin {
  override process_response(_request: HttpRequest, response: HttpResponse): HttpResponse {
    if (response.headers.has("X-Frame-Options")) return response;
    if ((response as { xframe_options_exempt?: boolean }).xframe_options_exempt) return response;
    response.headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS.toUpperCase();
    return response;
  }
}

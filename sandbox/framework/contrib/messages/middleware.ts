/** MessageMiddleware, as in Django: request._messages, saved after the response. */
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import { MiddlewareMixin } from "../../middleware/base";
import { MessageStorage } from "./storage";

export class MessageMiddleware extends MiddlewareMixin {
  override process_request(request: HttpRequest): null {
    request._messages = new MessageStorage(request);
    return null;
  }

  override process_response(request: HttpRequest, response: HttpResponse): HttpResponse {
    (request as { _messages?: MessageStorage })._messages?.update(response);
    return response;
  }
}

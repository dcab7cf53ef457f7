/** messages.success(request, "Saved."), as in django.contrib.messages.api. */
import type { HttpRequest } from "../../http/request";
import { DEBUG, ERROR, INFO, SUCCESS, WARNING } from "./constants";
import type { Message, MessageStorage } from "./storage";

/** Raised when MessageMiddleware is not installed. */
export class MessageFailure extends Error {
  override name = "MessageFailure";
}

function storage(request: HttpRequest): MessageStorage {
  const found = (request as { _messages?: MessageStorage })._messages;
  if (!found) throw new MessageFailure("You cannot add messages without installing mvt.contrib.messages.middleware.MessageMiddleware");
  return found;
}

export function add_message(request: HttpRequest, level: number, message: string, extra_tags = "", fail_silently = false): void {
  const found = (request as { _messages?: MessageStorage })._messages;
  if (!found && fail_silently) return;
  storage(request).add(level, message, extra_tags);
}

/** The request's messages (empty without the middleware). */
export function get_messages(request: HttpRequest): MessageStorage | Message[] {
  return (request as { _messages?: MessageStorage })._messages ?? [];
}



export const debug = (request: HttpRequest, message: string, extra_tags = "") => add_message(request, DEBUG, message, extra_tags);
export const info = (request: HttpRequest, message: string, extra_tags = "") => add_message(request, INFO, message, extra_tags);
export const success = (request: HttpRequest, message: string, extra_tags = "") => add_message(request, SUCCESS, message, extra_tags);
export const warning = (request: HttpRequest, message: string, extra_tags = "") => add_message(request, WARNING, message, extra_tags);
export const error = (request: HttpRequest, message: string, extra_tags = "") => add_message(request, ERROR, message, extra_tags);

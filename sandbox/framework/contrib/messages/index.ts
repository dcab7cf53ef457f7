/** django.contrib.messages for learners: `messages.success(request, "Saved.")`. */
import "./context_processors";

export { add_message, get_messages, debug, info, success, warning, error, MessageFailure } from "./api";
export { DEBUG, INFO, SUCCESS, WARNING, ERROR, DEFAULT_TAGS } from "./constants";
export { Message, MessageStorage } from "./storage";
export { MessageMiddleware } from "./middleware";

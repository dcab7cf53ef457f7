/** The messages context processor, registered as "mvt.contrib.messages.context_processors.messages". */
import { registerContextProcessor } from "../../template/context_processors";
import { get_messages } from "./api";
import { DEFAULT_TAGS } from "./constants";

/** `messages` and `DEFAULT_MESSAGE_LEVELS` in every template. */
registerContextProcessor("mvt.contrib.messages.context_processors.messages", (request) => ({
  messages: get_messages(request),
  DEFAULT_MESSAGE_LEVELS: Object.fromEntries(Object.entries(DEFAULT_TAGS).map(([level, tag]) => [tag.toUpperCase(), Number(level)])),
}));

/** The template language, as in Django's django.template. */
export { Context } from "./context";
export { Engine, type EngineOptions } from "./engine";
export { TemplateDoesNotExist, TemplateSyntaxError, VariableDoesNotExist } from "./exceptions";
export { Library, type TagOptions } from "./library";
export { Node, NodeList } from "./nodes";
export { conditional_escape, escape, mark_safe, SafeString } from "./safestring";
export { Template } from "./template";
export { render_to_string, get_template } from "./loader";
export { registerContextProcessor, type ContextProcessor } from "./context_processors";
export { engine_options } from "./backends";
export { record_templates } from "./context_trace";

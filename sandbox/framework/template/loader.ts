/**
 * The project's template engine and the shortcuts that use it, as in Django's
 * template/loader.py. The project handling the current request installs its engine.
 */
import { ImproperlyConfigured } from "../core/exceptions";
import type { HttpRequest } from "../http/request";
import type { Engine } from "./engine";
import type { Template } from "./template";

let active: Engine | undefined;

/** Installs the engine that get_template() and render_to_string() use (the project does this). */
export function set_engine(engine: Engine | undefined): void {
  active = engine;
}

/** The active project's template engine. */
export function get_engine(): Engine {
  if (!active) throw new ImproperlyConfigured("No template engine is active: templates render while a project is set up.");
  return active;
}

/** The compiled template `name` from the project's templates/. */
export function get_template(name: string): Template {
  return get_engine().get_template(name);
}

/** Renders a template of the project to a string: `render_to_string("books/list.html", { books }, request)`. */
export function render_to_string(name: string | string[], context: Record<string, unknown> = {}, request?: HttpRequest): string {
  return get_engine().render_to_string(name, context, request);
}

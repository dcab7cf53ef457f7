/** Template: compiled source that renders against a Context, as in Django's template/base.py. */
import { Context } from "./context";
import type { Engine } from "./engine";
import { tokenize } from "./lexer";
import type { NodeList } from "./nodes";
import { Parser } from "./parser";
import { isPlainObject } from "../utils/pyrepr";

/** A compiled template: `engine.from_string("Hi {{ name }}").render({ name: "Ada" })`. */
export class Template {
  readonly nodelist: NodeList;

  constructor(
    readonly source: string,
    readonly engine: Engine,
    readonly name = "<unknown source>",
  ) {
    const parser = new Parser(tokenize(source), engine.template_libraries, this);
    this.nodelist = parser.parse();
  }

  /** Renders with a Context or a plain object of variables. */
  render(context: Context | Record<string, unknown> = {}): string {
    const ctx = context instanceof Context ? context : new Context(isPlainObject(context) ? context : {}, { autoescape: this.engine.autoescape });
    return ctx.render_context.isolated(() => this._render(ctx));
  }

  /** Renders without isolating the render context: what extends uses for parents. */
  _render(context: Context): string {
    this.engine.notify_rendered(this, context);
    return this.nodelist.render(context);
  }
}

/** Template errors, as in Django's template/exceptions.py and template/base.py. */
import type { Token } from "./lexer";

/** A template cannot be parsed; the message names the template and the line. */
export class TemplateSyntaxError extends Error {
  override name = "TemplateSyntaxError";
  template_name?: string;
  lineno?: number;
}

/** No loader found the template; `tried` lists what was looked for. */
export class TemplateDoesNotExist extends Error {
  override name = "TemplateDoesNotExist";
  constructor(
    readonly template_name: string,
    readonly tried: string[] = [],
  ) {
    super(template_name);
  }
}

/** A variable lookup failed; rendering turns it into string_if_invalid. */
export class VariableDoesNotExist extends Error {
  override name = "VariableDoesNotExist";
}

/** Where in a template an error happened, as Django's `exception.template_debug`: the debug page shows the source around it. */
export interface TemplateDebug {
  name: string;
  line: number;
  source: string;
  /** The failing token's [start, end) offsets in `source`. */
  position: [number, number];
}

/**
 * Records on `error` the template and token it came from, unless a template it was
 * rendering inside already did (the innermost template wins, as in Django).
 */
export function annotate_error(error: unknown, template: { name: string; source: string }, token: Token | undefined): void {
  if (!(error instanceof Error) || "template_debug" in error) return;
  const line = token?.lineno ?? 0;
  const debug: TemplateDebug = { name: template.name, line, source: template.source, position: token?.position ?? [0, 0] };
  Object.assign(error, { template_debug: debug, template_location: { name: template.name, line } });
}

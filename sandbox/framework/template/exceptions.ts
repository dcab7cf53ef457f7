/** Template errors, as in Django's template/exceptions.py and template/base.py. */

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

/** Errors as data and as HTML, as in Django's forms/utils.py: ErrorList and ErrorDict. */
import { ValidationError } from "../core/exceptions";
import { pyJsonDumps } from "../http/json";
import { conditional_escape, escape, mark_safe, type SafeString } from "../template/safestring";

/** HTML attributes: ` name="value"`, booleans as bare names, false and null left out. */
export function flatatt(attrs: Record<string, unknown>): string {
  let out = "";
  for (const [key, value] of Object.entries(attrs)) {
    if (value === true) out += ` ${key}`;
    else if (value !== false && value !== null && value !== undefined) out += ` ${key}="${escape(value).toString()}"`;
  }
  return out;
}

/** One error as data: its message and its code ("" when it has none), as Django's get_json_data(). */
export interface ErrorData {
  message: string;
  code: string;
}

/** Every error `error` holds, with codes (a combined error keeps its parts in `error_list`, as Django's). */
export function error_data(error: ValidationError): ErrorData[] {
  const parts = (error as ValidationError & { error_list?: ValidationError[] }).error_list;
  if (parts) return parts.flatMap(error_data);
  return error.messages.map((message) => ({ message, code: error.code ?? "" }));
}

/** One ValidationError holding several, codes kept: what run_validators raises. */
export function combine(errors: ValidationError[]): ValidationError {
  return Object.assign(new ValidationError(errors.flatMap((e) => e.messages)), { error_list: errors });
}

/** An ErrorList of `messages`; `error_class` "nonfield" marks the form's own errors. */
export function errorList(messages: string[], error_class?: string): ErrorList {
  const list = new ErrorList();
  list.add(messages.map((message) => ({ message, code: "" })));
  if (error_class) list.error_class = `errorlist ${error_class}`;
  return list;
}

/** A field's (or the form's) error messages, a list as Django's (JSON: the messages); renders as `<ul class="errorlist">`. */
export class ErrorList extends Array<string> {
  error_class = "errorlist";
  /** The errors with their codes, in the same order as the messages. */
  data: ErrorData[] = [];

  /** Appends errors (messages and codes). */
  add(errors: ErrorData[]): void {
    this.push(...errors.map((e) => e.message));
    this.data.push(...errors);
  }

  /** `[{ message, code }]`; `escape_html` escapes the messages. */
  get_json_data(escape_html = false): ErrorData[] {
    return this.data.map((e) => ({ message: escape_html ? escape(e.message).toString() : e.message, code: e.code }));
  }

  /** get_json_data() as JSON text, as Django's as_json(). */
  as_json(escape_html = false): string {
    return pyJsonDumps(this.get_json_data(escape_html));
  }

  as_ul(): SafeString {
    if (!this.length) return mark_safe("");
    return mark_safe(`<ul class="${this.error_class}">${this.map((e) => `<li>${conditional_escape(e).toString()}</li>`).join("")}</ul>`);
  }

  as_text(): string {
    return this.map((e) => `* ${e}`).join("\n");
  }

  __html__(): string {
    return this.as_ul().toString();
  }

  override toString(): string {
    return this.as_ul().toString();
  }
}

/**
 * Errors by field name (`__all__` for the form's own), a dict as Django's: as JSON
 * (`JsonResponse({ errors: form.errors })`) it is `{ field: [messages] }`. Renders as nested lists.
 */
export class ErrorDict extends Map<string, ErrorList> {
  as_data(): Record<string, string[]> {
    return Object.fromEntries([...this].map(([k, v]) => [k, [...v]]));
  }

  /** `{ field: [{ message, code }] }`, as Django's get_json_data(); `escape_html` escapes the messages. */
  get_json_data(escape_html = false): Record<string, ErrorData[]> {
    return Object.fromEntries([...this].map(([k, v]) => [k, v.get_json_data(escape_html)]));
  }

  /** get_json_data() as JSON text, as Django's as_json(). */
  as_json(escape_html = false): string {
    return pyJsonDumps(this.get_json_data(escape_html));
  }

  /** What JSON.stringify and JsonResponse see: the messages by field, as json.dumps(form.errors) gives. */
  toJSON(): Record<string, string[]> {
    return this.as_data();
  }

  as_ul(): SafeString {
    if (!this.size) return mark_safe("");
    return mark_safe(`<ul class="errorlist">${[...this].map(([k, v]) => `<li>${escape(k).toString()}${v.as_ul().toString()}</li>`).join("")}</ul>`);
  }

  as_text(): string {
    return [...this].map(([k, v]) => `* ${k}\n${v.map((e) => `  * ${e}`).join("\n")}`).join("\n");
  }

  __html__(): string {
    return this.as_ul().toString();
  }

  override toString(): string {
    return this.as_ul().toString();
  }
}

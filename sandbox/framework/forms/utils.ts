/** Errors as data and as HTML, as in Django's forms/utils.py: ErrorList and ErrorDict. */
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

/** An ErrorList of `messages`; `error_class` "nonfield" marks the form's own errors. */
export function errorList(messages: string[], error_class?: string): ErrorList {
  const list = new ErrorList();
  list.push(...messages);
  if (error_class) list.error_class = `errorlist ${error_class}`;
  return list;
}

/** A field's (or the form's) error messages; renders as `<ul class="errorlist">`. */
export class ErrorList extends Array<string> {
  error_class = "errorlist";

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

/** Errors by field name (`__all__` for the form's own); renders as nested lists. */
export class ErrorDict extends Map<string, ErrorList> {
  as_data(): Record<string, string[]> {
    return Object.fromEntries([...this].map(([k, v]) => [k, [...v]]));
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

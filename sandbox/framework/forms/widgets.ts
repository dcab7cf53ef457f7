/** Widgets: how a field renders as HTML and reads its value back, as Django's forms/widgets.py. */
import { escape, mark_safe, type SafeString } from "../template/safestring";
import { pystr } from "../utils/pyrepr";
import { flatatt } from "./utils";

type Data = { get(key: string): unknown; getlist?(key: string): unknown[] };

/** A widget: `new forms.TextInput({ attrs: { class: "wide" } })`. */
export class Widget {
  attrs: Record<string, unknown>;
  is_hidden = false;
  use_required_attribute = true;

  constructor(options: { attrs?: Record<string, unknown> } = {}) {
    this.attrs = { ...options.attrs };
  }

  /** The value to show in HTML: null for nothing. */
  format_value(value: unknown): string | null {
    if (value === "" || value === null || value === undefined) return null;
    return pystr(value);
  }

  value_from_datadict(data: Data, name: string): unknown {
    return data.get(name);
  }

  render(name: string, value: unknown, attrs: Record<string, unknown> = {}): SafeString {
    return mark_safe(this.html(name, this.format_value(value), { ...this.attrs, ...attrs }));
  }

  protected html(_name: string, _value: string | null, _attrs: Record<string, unknown>): string {
    return "";
  }
}

/** `<input type="...">`. */
export class Input extends Widget {
  input_type = "text";
  protected override html(name: string, value: string | null, attrs: Record<string, unknown>): string {
    const v = value === null ? "" : ` value="${escape(value).toString()}"`;
    return `<input type="${this.input_type}" name="${escape(name).toString()}"${v}${flatatt(attrs)}>`;
  }
}

export class TextInput extends Input {}
export class NumberInput extends Input {
  override input_type = "number";
}
export class EmailInput extends Input {
  override input_type = "email";
}
export class URLInput extends Input {
  override input_type = "url";
}
export class DateInput extends Input {}
export class DateTimeInput extends Input {}
export class PasswordInput extends Input {
  override input_type = "password";
  override format_value(): null {
    return null;
  }
}
export class HiddenInput extends Input {
  override input_type = "hidden";
  override is_hidden = true;
}

/** `<textarea>`, 40 columns by 10 rows unless attrs say otherwise. */
export class Textarea extends Widget {
  constructor(options: { attrs?: Record<string, unknown> } = {}) {
    super({ attrs: { cols: "40", rows: "10", ...options.attrs } });
  }
  protected override html(name: string, value: string | null, attrs: Record<string, unknown>): string {
    return `<textarea name="${escape(name).toString()}"${flatatt(attrs)}>\n${escape(value ?? "").toString()}</textarea>`;
  }
}

/** `<input type="checkbox">`, checked when the value is true. */
export class CheckboxInput extends Input {
  override input_type = "checkbox";
  override render(name: string, value: unknown, attrs: Record<string, unknown> = {}): SafeString {
    const checked = value === true || value === "on" || value === "true";
    const all = { ...this.attrs, ...attrs, ...(checked ? { checked: true } : {}) };
    const v = value === true || value === false || value === null || value === undefined || value === "" ? null : pystr(value);
    return mark_safe(this.html(name, v, all));
  }
  override value_from_datadict(data: Data, name: string): unknown {
    const value = data.get(name);
    if (value === undefined || value === null) return false;
    const lowered = typeof value === "string" ? value.toLowerCase() : value;
    return lowered === "true" ? true : lowered === "false" ? false : Boolean(value);
  }
}

/** `<select>` over `choices` ([value, label] pairs). */
export class Select extends Widget {
  allow_multiple_selected = false;
  choices: [unknown, string][] = [];

  constructor(options: { attrs?: Record<string, unknown>; choices?: [unknown, string][] } = {}) {
    super(options);
    this.choices = options.choices ?? [];
  }

  override render(name: string, value: unknown, attrs: Record<string, unknown> = {}): SafeString {
    const selected = new Set((Array.isArray(value) ? value : [value]).map((v) => (v === null || v === undefined ? "" : pystr(v))));
    const options = this.choices
      .map(([v, label]) => {
        const text = v === null || v === undefined ? "" : pystr(v);
        return `\n  <option value="${escape(text).toString()}"${selected.has(text) ? " selected" : ""}>${escape(label).toString()}</option>\n`;
      })
      .join("");
    const all = { ...this.attrs, ...attrs, ...(this.allow_multiple_selected ? { multiple: true } : {}) };
    return mark_safe(`<select name="${escape(name).toString()}"${flatatt(all)}>${options}\n</select>`);
  }
}

/** `<select multiple>`; reads every value of the name. */
export class SelectMultiple extends Select {
  override allow_multiple_selected = true;
  override value_from_datadict(data: Data, name: string): unknown {
    return data.getlist ? data.getlist(name) : data.get(name);
  }
}

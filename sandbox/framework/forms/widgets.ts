/** Widgets: how a field renders as HTML and reads its value back, as Django's forms/widgets.py. */
import { has_file } from "../core/files/uploadedfile";
import { escape, mark_safe, type SafeString } from "../template/safestring";
import { pystr } from "../utils/pyrepr";
import { flatatt } from "./utils";

type Data = { get(key: string): unknown; getlist?(key: string): unknown[] };

/** A widget: `new forms.TextInput({ attrs: { class: "wide" } })`. */
export class Widget {
  attrs: Record<string, unknown>;
  is_hidden = false;
  /** Set by the field: whether it is required (Django's widget.is_required). */
  is_required = false;

  constructor(options: { attrs?: Record<string, unknown> } = {}) {
    this.attrs = { ...options.attrs };
  }

  /** A copy with its own attrs (fields are copied per form instance). */
  clone(): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this);
    copy.attrs = { ...this.attrs };
    return copy;
  }

  /** Whether a required field's widget gets the `required` attribute (never when hidden). */
  use_required_attribute(_initial: unknown): boolean {
    return !this.is_hidden;
  }

  /** The value to show in HTML: null for nothing. */
  format_value(value: unknown): string | null {
    if (value === "" || value === null || value === undefined) return null;
    return pystr(value);
  }

  /** The submitted value for `name` (files come from `files`). */
  value_from_datadict(data: Data, _files: Data, name: string): unknown {
    return data.get(name);
  }

  /** True when the data has no key for this widget at all (a ModelForm then keeps the instance's value). */
  value_omitted_from_data(data: Data, _files: Data, name: string): boolean {
    return data.get(name) === undefined;
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
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDate = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A date as "YYYY-MM-DD" (Django's first DATE_INPUT_FORMATS). */
export class DateInput extends Input {
  override format_value(value: unknown): string | null {
    return value instanceof Date ? isoDate(value) : super.format_value(value);
  }
}
/** A datetime as "YYYY-MM-DD HH:MM:SS". */
export class DateTimeInput extends Input {
  override format_value(value: unknown): string | null {
    if (!(value instanceof Date)) return super.format_value(value);
    return `${isoDate(value)} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
}
/** A time as "HH:MM:SS". */
export class TimeInput extends Input {}
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

/** `<input type="file">`: reads `files`, never shows a value. */
export class FileInput extends Input {
  override input_type = "file";
  override format_value(): null {
    return null;
  }
  override value_from_datadict(_data: Data, files: Data, name: string): unknown {
    return files.get(name);
  }
  /** Not when there is a file already (an edit form keeps it); an empty FieldFile is none. */
  override use_required_attribute(initial: unknown): boolean {
    return super.use_required_attribute(initial) && !has_file(initial);
  }
  override value_omitted_from_data(_data: Data, files: Data, name: string): boolean {
    return files.get(name) === undefined;
  }
}

/** What ClearableFileInput gives when a file is sent and the clear box is checked too (Django's FILE_INPUT_CONTRADICTION). */
export const FILE_INPUT_CONTRADICTION = Symbol("FILE_INPUT_CONTRADICTION");

/**
 * Django's ClearableFileInput, forms.FileField's widget: with a stored file it shows
 * "Currently: <a href=url>name</a>", a "Clear" checkbox when the field is optional, and
 * "Change:" before the file input. Checking Clear gives false (clear the file).
 */
export class ClearableFileInput extends FileInput {
  clear_checkbox_label = "Clear";
  initial_text = "Currently";
  input_text = "Change";

  clear_checkbox_name(name: string): string {
    return `${name}-clear`;
  }

  clear_checkbox_id(name: string): string {
    return `${name}_id`;
  }

  /** A stored file with a URL (an empty FieldFile is none). */
  is_initial(value: unknown): value is { name: string; url: string } {
    return has_file(value) && Boolean((value as { url?: unknown }).url);
  }

  override render(name: string, value: unknown, attrs: Record<string, unknown> = {}): SafeString {
    const input = super.render(name, value, attrs).toString();
    if (!this.is_initial(value)) return mark_safe(input);
    const checkbox_name = this.clear_checkbox_name(name);
    const checkbox_id = this.clear_checkbox_id(checkbox_name);
    const disabled = { ...this.attrs, ...attrs }["disabled"] ? " disabled" : "";
    const clear = this.is_required ? ""
      : `\n<input type="checkbox" name="${escape(checkbox_name).toString()}" id="${escape(checkbox_id).toString()}"${disabled}>` +
        `\n<label for="${escape(checkbox_id).toString()}">${this.clear_checkbox_label}</label>`;
    const link = `<a href="${escape(value.url).toString()}">${escape(value.name).toString()}</a>`;
    return mark_safe(`${this.initial_text}: ${link}${clear}<br>\n${this.input_text}:\n${input}`);
  }

  /** The upload; false when Clear is checked (FILE_INPUT_CONTRADICTION with an upload too). */
  override value_from_datadict(data: Data, files: Data, name: string): unknown {
    const upload = super.value_from_datadict(data, files, name);
    if (!this.is_required && new CheckboxInput().value_from_datadict(data, files, this.clear_checkbox_name(name))) {
      return upload ? FILE_INPUT_CONTRADICTION : false;
    }
    return upload;
  }

  override value_omitted_from_data(data: Data, files: Data, name: string): boolean {
    return super.value_omitted_from_data(data, files, name) && data.get(this.clear_checkbox_name(name)) === undefined;
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
  override value_from_datadict(data: Data, _files: Data, name: string): unknown {
    const value = data.get(name);
    if (value === undefined || value === null) return false;
    const lowered = typeof value === "string" ? value.toLowerCase() : value;
    return lowered === "true" ? true : lowered === "false" ? false : Boolean(value);
  }
  /** An unchecked box sends nothing, so it is never "omitted". */
  override value_omitted_from_data(): boolean {
    return false;
  }
}

/** `<select>` over `choices` ([value, label] pairs). */
export class Select extends Widget {
  allow_multiple_selected = false;
  /** [value, label] pairs; any iterable, read at each render (a ModelChoiceField's runs its query then). */
  choices: Iterable<[unknown, string]> = [];

  constructor(options: { attrs?: Record<string, unknown>; choices?: Iterable<[unknown, string]> } = {}) {
    super(options);
    this.choices = options.choices ?? [];
  }

  /** `required` only when the first choice is empty (a browser could not send "nothing" otherwise). */
  override use_required_attribute(initial: unknown): boolean {
    if (!super.use_required_attribute(initial) || this.allow_multiple_selected) return super.use_required_attribute(initial);
    const first = this.choices[Symbol.iterator]().next();
    return !first.done && (first.value[0] === "" || first.value[0] === null || first.value[0] === undefined);
  }

  override render(name: string, value: unknown, attrs: Record<string, unknown> = {}): SafeString {
    const selected = new Set((Array.isArray(value) ? value : [value]).map((v) => (v === null || v === undefined ? "" : pystr(v))));
    const options = [...this.choices]
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
  override value_from_datadict(data: Data, _files: Data, name: string): unknown {
    return data.getlist ? data.getlist(name) : data.get(name);
  }

  override value_omitted_from_data(): boolean {
    return false;
  }
}

/**
 * Form and BoundField, as in Django's forms/forms.py and boundfield.py. A form is a
 * class with `static fields = { title: forms.CharField({ max_length: 100 }) }`;
 * `clean_<field>()` and `clean()` methods validate as in Django.
 */
import { ValidationError } from "../core/exceptions";
import { conditional_escape, escape, mark_safe, type SafeString } from "../template/safestring";
import type { Field } from "./fields";
import { FileField } from "./fields_files";
import { error_data, errorList, ErrorDict, type ErrorList } from "./utils";

const NON_FIELD_ERRORS = "__all__";

/** What a form reads its data from: a QueryDict (request.POST) or a plain object. */
export interface FormData {
  get(key: string): unknown;
  getlist?(key: string): unknown[];
}

export interface FormOptions {
  data?: FormData | Record<string, unknown>;
  files?: FormData | Record<string, unknown>;
  initial?: Record<string, unknown>;
  prefix?: string;
  auto_id?: string | false;
  label_suffix?: string;
  /** An unchanged form is valid without data (the extra forms of a formset). */
  empty_permitted?: boolean;
  use_required_attribute?: boolean;
}

/** "first_name" -> "First name", as Django's pretty_name. */
export function pretty_name(name: string): string {
  const text = name.replace(/_/g, " ");
  return text ? (text[0] ?? "").toUpperCase() + text.slice(1) : "";
}

const NO_DATA: FormData = { get: () => undefined, getlist: () => [] };

function asData(data: FormData | Record<string, unknown>): FormData {
  if (typeof (data as FormData).get === "function") return data as FormData;
  const record = data as Record<string, unknown>;
  return { get: (key) => record[key], getlist: (key) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : record[key] === undefined ? [] : [record[key]]) };
}

/** A field bound to a form: renders as its widget, knows its label, value and errors. */
export class BoundField {
  readonly label: string;
  readonly html_name: string;

  constructor(
    readonly form: Form,
    readonly field: Field,
    readonly name: string,
  ) {
    this.label = field.label ?? pretty_name(name);
    this.html_name = form.add_prefix(name);
  }

  get errors(): ErrorList {
    return this.form.errors.get(this.name) ?? errorList([]);
  }

  get auto_id(): string {
    const auto = this.form.auto_id;
    if (!auto) return "";
    return auto.includes("%s") ? auto.replace("%s", this.html_name) : this.html_name;
  }

  get id_for_label(): string {
    return (this.field.widget.attrs["id"] as string | undefined) ?? this.auto_id;
  }

  get help_text(): string {
    return this.field.help_text;
  }

  get is_hidden(): boolean {
    return this.field.widget.is_hidden;
  }

  /** The value to display: the submitted data when bound (the field's bound_data), else the initial value. */
  value(): unknown {
    const initial = this.form.get_initial_for_field(this.field, this.name);
    if (!this.form.is_bound) return initial;
    return this.field.bound_data(this.field.widget.value_from_datadict(this.form.data as FormData, this.form.files ?? NO_DATA, this.html_name), initial);
  }

  as_widget(attrs: Record<string, unknown> = {}): SafeString {
    const all: Record<string, unknown> = { ...attrs };
    if (this.field.widget.use_required_attribute(this.form.get_initial_for_field(this.field, this.name)) && this.field.required && this.form.use_required_attribute) all["required"] = true;
    if (this.field.disabled) all["disabled"] = true;
    if (this.auto_id && !("id" in this.field.widget.attrs)) all["id"] = this.auto_id;
    return this.field.widget.render(this.html_name, this.value(), all);
  }

  /** `<label for="id_title">Title:</label>`. */
  label_tag(contents?: string): SafeString {
    let text = contents ?? this.label;
    if (contents === undefined && this.form.label_suffix && !/[:?.!]$/.test(text)) text += this.form.label_suffix;
    const id = this.id_for_label;
    return mark_safe(id ? `<label for="${escape(id).toString()}">${conditional_escape(text).toString()}</label>` : conditional_escape(text).toString());
  }

  __html__(): string {
    return this.as_widget().toString();
  }

  toString(): string {
    return this.as_widget().toString();
  }
}

/** A form: `new ContactForm({ data: request.POST })`, then `is_valid()` and `cleaned_data`. */
export class Form {
  static fields: Record<string, Field> = {};
  /** The fields every instance copies: `static fields` (a ModelForm adds its model's). */
  static get base_fields(): Record<string, Field> {
    return this.fields;
  }
  readonly is_bound: boolean;
  readonly data: FormData | undefined;
  readonly files: FormData | undefined;
  readonly initial: Record<string, unknown>;
  readonly prefix?: string;
  readonly auto_id: string | false;
  readonly fields: Record<string, Field>;
  label_suffix: string;
  use_required_attribute: boolean;
  empty_permitted: boolean;
  cleaned_data: Record<string, unknown> = {};
  private _errors?: ErrorDict;

  constructor(options: FormOptions = {}) {
    this.is_bound = options.data !== undefined || options.files !== undefined;
    this.data = options.data === undefined ? undefined : asData(options.data);
    this.files = options.files === undefined ? undefined : asData(options.files);
    this.initial = { ...options.initial };
    if (options.prefix !== undefined) this.prefix = options.prefix;
    this.auto_id = options.auto_id ?? "id_%s";
    this.label_suffix = options.label_suffix ?? ":";
    this.empty_permitted = options.empty_permitted ?? false;
    this.use_required_attribute = options.use_required_attribute ?? true;
    const base = (this.constructor as typeof Form).base_fields;
    this.fields = Object.fromEntries(Object.entries(base).map(([name, field]) => [name, field.clone()]));
  }

  add_prefix(name: string): string {
    return this.prefix ? `${this.prefix}-${name}` : name;
  }

  get_initial_for_field(field: Field, name: string): unknown {
    const value = name in this.initial ? this.initial[name] : field.initial;
    return typeof value === "function" ? (value as () => unknown)() : value;
  }

  /** The BoundField `name`: `form.get("title")`, or `{{ form.title }}` in a template. */
  get(name: string): BoundField {
    const field = this.fields[name];
    if (!field) throw new Error(`Key '${name}' not found in '${this.constructor.name}'. Choices are: ${Object.keys(this.fields).sort().join(", ")}.`);
    return new BoundField(this, field, name);
  }

  /** Every BoundField in order (what `{% for field in form %}` visits). */
  *[Symbol.iterator](): Iterator<BoundField> {
    for (const name of Object.keys(this.fields)) yield this.get(name);
  }

  /** Errors by field; validates the form the first time it is read. */
  get errors(): ErrorDict {
    if (!this._errors) this.full_clean();
    return this._errors as ErrorDict;
  }

  is_valid(): boolean {
    return this.is_bound && this.errors.size === 0;
  }

  non_field_errors(): ErrorList {
    return this.errors.get(NON_FIELD_ERRORS) ?? errorList([], "nonfield");
  }

  /** Adds `error` to `field` (null for the form) and drops the field from cleaned_data. */
  add_error(field: string | null, error: ValidationError | string | string[]): void {
    const err = error instanceof ValidationError ? error : new ValidationError(error);
    const byField = err.error_dict
      ? Object.fromEntries(Object.entries(err.error_dict).map(([name, messages]) => [name, messages.map((message) => ({ message, code: "" }))]))
      : { [field ?? NON_FIELD_ERRORS]: error_data(err) };
    for (const [name, errors] of Object.entries(byField)) {
      if (name !== NON_FIELD_ERRORS && !(name in this.fields)) throw new Error(`'${this.constructor.name}' has no field named '${name}'.`);
      const list = this._errors?.get(name) ?? errorList([], name === NON_FIELD_ERRORS ? "nonfield" : undefined);
      list.add(errors);
      this._errors?.set(name, list);
      delete this.cleaned_data[name];
    }
  }

  has_error(field: string): boolean {
    return this.errors.has(field);
  }

  full_clean(): void {
    this._errors = new ErrorDict();
    if (!this.is_bound) return;
    this.cleaned_data = {};
    if (this.empty_permitted && !this.has_changed()) return;
    this._clean_fields();
    this._clean_form();
    this._post_clean();
  }

  /** After clean(): a ModelForm builds and validates its instance here. */
  protected _post_clean(): void {}

  /** The submitted value of field `name`. */
  protected _field_data_value(field: Field, name: string): unknown {
    return field.widget.value_from_datadict(this.data ?? NO_DATA, this.files ?? NO_DATA, this.add_prefix(name));
  }

  /** Names of the fields whose submitted value differs from the initial one. */
  get changed_data(): string[] {
    return Object.entries(this.fields)
      .filter(([name, field]) => field.has_changed(this.get_initial_for_field(field, name), this._field_data_value(field, name)))
      .map(([name]) => name);
  }

  has_changed(): boolean {
    return this.changed_data.length > 0;
  }

  private _clean_fields(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const [name, field] of Object.entries(this.fields)) {
      const value = field.disabled ? this.get_initial_for_field(field, name) : this._field_data_value(field, name);
      try {
        this.cleaned_data[name] = field instanceof FileField ? field.clean_file(value, this.get_initial_for_field(field, name)) : field.clean(value);
        const hook = self[`clean_${name}`];
        if (typeof hook === "function") this.cleaned_data[name] = (hook as () => unknown).call(this);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.add_error(name, error);
      }
    }
  }

  private _clean_form(): void {
    try {
      const cleaned = this.clean();
      if (cleaned !== undefined) this.cleaned_data = cleaned;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.add_error(null, error);
    }
  }

  /** Cross-field validation: override, read this.cleaned_data, throw ValidationError or add_error. */
  clean(): Record<string, unknown> | undefined {
    return this.cleaned_data;
  }

  private html_output(row: (label: string, field: string, help: string, errors: string) => string, errorRow: (errors: string) => string, helpText: (text: string) => string, rowEnder: string, errorsOnSeparateRow = false): SafeString {
    const top: string[] = this.non_field_errors().map(String);
    const output: string[] = [];
    const hidden: string[] = [];
    for (const bf of this) {
      const errors = bf.errors;
      if (bf.is_hidden) {
        top.push(...errors.map((e) => `(Hidden field ${bf.name}) ${e}`));
        hidden.push(bf.toString());
        continue;
      }
      const label = bf.label ? bf.label_tag().toString() : "";
      if (errorsOnSeparateRow && errors.length) output.push(errorRow(errors.toString()));
      output.push(row(label, bf.toString(), bf.help_text ? helpText(bf.help_text) : "", errorsOnSeparateRow ? "" : errors.toString()));
    }
    if (top.length) output.unshift(errorRow(errorList(top, "nonfield").toString()));
    if (hidden.length && output.length) {
      // Hidden inputs go inside the last row, as Django puts them (an empty row if the last is an error list).
      let last = output.at(-1) ?? "";
      if (!last.endsWith(rowEnder)) output.push((last = row("", "", "", "")));
      output[output.length - 1] = last.slice(0, -rowEnder.length) + hidden.join("") + rowEnder;
    } else if (hidden.length) {
      output.push(hidden.join(""));
    }
    return mark_safe(output.join("\n"));
  }

  as_p(): SafeString {
    return this.html_output((l, f, h) => `<p>${l} ${f}${h}</p>`, (e) => e, (t) => ` <span class="helptext">${t}</span>`, "</p>", true);
  }

  as_ul(): SafeString {
    return this.html_output((l, f, h, e) => `<li>${e}${l} ${f}${h}</li>`, (e) => `<li>${e}</li>`, (t) => ` <span class="helptext">${t}</span>`, "</li>");
  }

  as_table(): SafeString {
    return this.html_output((l, f, h, e) => `<tr><th>${l}</th><td>${e}${f}${h}</td></tr>`, (e) => `<tr><td colspan="2">${e}</td></tr>`, (t) => `<br><span class="helptext">${t}</span>`, "</td></tr>");
  }

  /** `form["title"]` in a template: `{{ form.title }}`. */
  __getitem__(name: string): BoundField {
    return this.get(name);
  }

  __html__(): string {
    return this.as_table().toString();
  }

  toString(): string {
    return this.as_table().toString();
  }
}

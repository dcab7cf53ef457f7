/** Form fields: clean raw input into values or raise ValidationError, as Django's forms/fields.py. */
import { ValidationError } from "../core/exceptions";
import { isPlainObject } from "../utils/pyrepr";
import { combine } from "./utils";
import { CheckboxInput, EmailInput, Select, SelectMultiple, TextInput, Textarea, URLInput, type Widget } from "./widgets";

/** What every field accepts: `forms.CharField({ max_length: 100, required: false })`. */
export interface FieldOptions {
  required?: boolean;
  label?: string;
  initial?: unknown;
  help_text?: string;
  widget?: Widget;
  validators?: ((value: unknown) => void)[];
  error_messages?: Record<string, string>;
  disabled?: boolean;
}

const EMPTY = new Set<unknown>([null, undefined, ""]);
/** Django's EMPTY_VALUES: None, "", [], {} (and undefined, a missing key). */
export const isEmpty = (value: unknown) => EMPTY.has(value) || (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
const format = (message: string, params: Record<string, unknown>) => message.replace(/%\((\w+)\)[sd]/g, (_m, key: string) => String(params[key]));

/** The base field: required check, to_python, validate, validators. */
export class Field {
  required: boolean;
  label?: string;
  initial: unknown;
  help_text: string;
  widget: Widget;
  validators: ((value: unknown) => void)[];
  error_messages: Record<string, string>;
  disabled: boolean;
  static default_error_messages: Record<string, string> = { required: "This field is required." };

  constructor(options: FieldOptions = {}) {
    this.required = options.required ?? true;
    if (options.label !== undefined) this.label = options.label;
    this.initial = options.initial;
    this.help_text = options.help_text ?? "";
    this.widget = options.widget ?? this.default_widget();
    this.widget.is_required = this.required;
    this.validators = [...(options.validators ?? [])];
    this.disabled = options.disabled ?? false;
    const defaults: Record<string, string> = {};
    for (let c = this.constructor as typeof Field | null; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as typeof Field | null) {
      for (const [k, v] of Object.entries(c.default_error_messages ?? {})) if (!(k in defaults)) defaults[k] = v;
    }
    this.error_messages = { ...defaults, ...options.error_messages };
    Object.assign(this.widget.attrs, this.widget_attrs());
  }

  protected default_widget(): Widget {
    return new TextInput();
  }

  /** Re-applies widget_attrs() once a subclass has set its options, keeping Django's attribute order. */
  protected refresh_widget_attrs(): void {
    const attrs = this.widget_attrs();
    for (const key of Object.keys(attrs)) delete this.widget.attrs[key];
    Object.assign(this.widget.attrs, attrs);
  }

  /** Attributes this field adds to its widget (maxlength, min, ...). */
  widget_attrs(): Record<string, unknown> {
    return {};
  }

  /** A ValidationError with this field's message for `code`. */
  error(code: string, params: Record<string, unknown> = {}): ValidationError {
    return new ValidationError(format(this.error_messages[code] ?? code, params), { code });
  }

  to_python(value: unknown): unknown {
    return value;
  }

  validate(value: unknown): void {
    if (isEmpty(value) && this.required) throw this.error("required");
  }

  run_validators(value: unknown): void {
    if (isEmpty(value)) return;
    const errors: ValidationError[] = [];
    for (const validator of this.validators) {
      try {
        validator(value);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(error);
      }
    }
    if (errors.length) throw combine(errors);
  }

  /** to_python, validate and run_validators; the cleaned value. */
  clean(value: unknown): unknown {
    const python = this.to_python(value);
    this.validate(python);
    this.run_validators(python);
    return python;
  }

  /** The value a bound form shows for the field: the submitted data (the initial value when disabled). */
  bound_data(data: unknown, initial: unknown): unknown {
    return this.disabled ? initial : data;
  }

  /** Whether submitted `data` differs from `initial` (what formsets use to skip untouched extra forms). */
  has_changed(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    let value: unknown;
    try {
      value = this.to_python(data);
    } catch (error) {
      if (error instanceof ValidationError) return true;
      throw error;
    }
    return !sameValue(initial ?? "", value ?? "");
  }

  /** A copy with its own widget, messages and validators (Django deep-copies a form's fields per instance). */
  clone(): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this);
    copy.widget = this.widget.clone();
    copy.validators = [...this.validators];
    copy.error_messages = { ...this.error_messages };
    return copy;
  }
}

/** Python's `==` for the values fields produce: numbers, strings, Dates, lists. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  return a === b;
}

export interface CharFieldOptions extends FieldOptions {
  max_length?: number;
  min_length?: number;
  strip?: boolean;
  empty_value?: unknown;
}

export class CharField extends Field {
  max_length?: number;
  min_length?: number;
  strip: boolean;
  empty_value: unknown;

  constructor(options: CharFieldOptions = {}) {
    const { max_length, min_length } = options;
    super(options);
    if (max_length !== undefined) this.max_length = max_length;
    if (min_length !== undefined) this.min_length = min_length;
    this.strip = options.strip ?? true;
    this.empty_value = "empty_value" in options ? options.empty_value : "";
    this.refresh_widget_attrs();
    this.validators.push((value) => {
      const length = [...String(value)].length;
      if (this.max_length !== undefined && length > this.max_length) {
        throw new ValidationError(`Ensure this value has at most ${this.max_length} character${this.max_length === 1 ? "" : "s"} (it has ${length}).`, { code: "max_length" });
      }
      if (this.min_length !== undefined && length < this.min_length) {
        throw new ValidationError(`Ensure this value has at least ${this.min_length} character${this.min_length === 1 ? "" : "s"} (it has ${length}).`, { code: "min_length" });
      }
    });
  }

  override widget_attrs(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    if (this.widget?.is_hidden) return attrs;
    if (this.max_length !== undefined) attrs["maxlength"] = String(this.max_length);
    if (this.min_length !== undefined) attrs["minlength"] = String(this.min_length);
    return attrs;
  }

  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return this.empty_value;
    const text = String(value);
    return this.strip ? text.trim() : text;
  }
}

/** A multi-line CharField. */
export class TextField extends CharField {
  protected override default_widget(): Widget {
    return new Textarea();
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export class EmailField extends CharField {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid email address." };
  constructor(options: CharFieldOptions = {}) {
    super({ max_length: 320, ...options });
  }
  protected override default_widget(): Widget {
    return new EmailInput();
  }
  override validate(value: unknown): void {
    super.validate(value);
    if (!isEmpty(value) && !EMAIL.test(String(value))) throw this.error("invalid");
  }
}

export class URLField extends CharField {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid URL." };
  protected override default_widget(): Widget {
    return new URLInput();
  }
  override to_python(value: unknown): unknown {
    const text = super.to_python(value);
    if (typeof text === "string" && text && !/^[a-z][a-z0-9+.-]*:/i.test(text)) return `http://${text}`;
    return text;
  }
  override validate(value: unknown): void {
    super.validate(value);
    if (!isEmpty(value) && !/^(https?|ftps?):\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(String(value))) throw this.error("invalid");
  }
}

export class SlugField extends CharField {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens." };
  override validate(value: unknown): void {
    super.validate(value);
    if (!isEmpty(value) && !/^[-a-zA-Z0-9_]+$/.test(String(value))) throw this.error("invalid");
  }
}

export class BooleanField extends Field {
  protected override default_widget(): Widget {
    return new CheckboxInput();
  }
  override to_python(value: unknown): unknown {
    if (typeof value === "string" && ["false", "0"].includes(value.toLowerCase())) return false;
    return Boolean(value);
  }
  override validate(value: unknown): void {
    if (!value && this.required) throw this.error("required");
  }
  override has_changed(initial: unknown, data: unknown): boolean {
    return !this.disabled && this.to_python(initial) !== this.to_python(data);
  }
}

/** A field over `choices`: `forms.ChoiceField({ choices: [["a", "A"], ["b", "B"]] })`. */
export class ChoiceField extends Field {
  static override default_error_messages: Record<string, string> = { invalid_choice: "Select a valid choice. %(value)s is not one of the available choices." };
  choices: [unknown, string][];
  constructor(options: FieldOptions & { choices?: [unknown, string][] } = {}) {
    super(options);
    this.choices = options.choices ?? [];
    if (this.widget instanceof Select) this.widget.choices = this.choices;
  }
  protected override default_widget(): Widget {
    return new Select();
  }
  override to_python(value: unknown): unknown {
    return isEmpty(value) ? "" : String(value);
  }
  valid_value(value: unknown): boolean {
    return this.choices.some(([k]) => String(k) === String(value));
  }
  override validate(value: unknown): void {
    super.validate(value);
    if (!isEmpty(value) && !this.valid_value(value)) throw this.error("invalid_choice", { value });
  }
}

/** A ChoiceField whose cleaned value goes through `coerce` (what a model field with choices gets). */
export class TypedChoiceField extends ChoiceField {
  coerce: (value: unknown) => unknown;
  empty_value: unknown;
  constructor(options: FieldOptions & { choices?: [unknown, string][]; coerce?: (value: unknown) => unknown; empty_value?: unknown } = {}) {
    super(options);
    this.coerce = options.coerce ?? ((value) => value);
    this.empty_value = "empty_value" in options ? options.empty_value : "";
  }
  override clean(value: unknown): unknown {
    const cleaned = super.clean(value);
    if (cleaned === this.empty_value || isEmpty(cleaned)) return this.empty_value;
    try {
      return this.coerce(cleaned);
    } catch {
      throw this.error("invalid_choice", { value: cleaned });
    }
  }
}

export class MultipleChoiceField extends ChoiceField {
  static override default_error_messages: Record<string, string> = { invalid_list: "Enter a list of values." };
  protected override default_widget(): Widget {
    return new SelectMultiple();
  }
  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return [];
    if (!Array.isArray(value)) throw this.error("invalid_list");
    return value.map(String);
  }
  override has_changed(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    const before = new Set(((initial ?? []) as unknown[]).map(String));
    const after = new Set(((data ?? []) as unknown[]).map(String));
    return before.size !== after.size || [...after].some((v) => !before.has(v));
  }
  override validate(value: unknown): void {
    if (this.required && isEmpty(value)) throw this.error("required");
    for (const v of value as string[]) if (!this.valid_value(v)) throw this.error("invalid_choice", { value: v });
  }
}

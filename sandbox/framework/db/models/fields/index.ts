/**
 * Model fields (Django: db/models/fields/__init__.py): each knows its column, its SQLite
 * type, and how to convert values between JavaScript and the database.
 */
import { ValidationError, ValueError } from "../../../core/exceptions";
import type { Validator } from "../../../core/validators";
import { formatDatetime, parseDatetime } from "../../backends/sqljs/operations";
import type { ModelClass } from "../model_class";

/** Options every field accepts (Django's Field keyword arguments). */
export interface FieldOptions {
  null?: boolean;
  blank?: boolean;
  /** A value, or a function called for each new instance. */
  default?: unknown;
  unique?: boolean;
  db_index?: boolean;
  db_column?: string;
  verbose_name?: string;
  help_text?: string;
  primary_key?: boolean;
  editable?: boolean;
  /** `[[value, label], ...]`; adds `get_<name>_display()` to the model. */
  choices?: ReadonlyArray<readonly [unknown, string]>;
  /** Run by full_clean() after the field's own checks. */
  validators?: Validator[];
  /** Written by makemigrations on the implicit `id` (Django's auto_created=True); models leave it out. */
  auto_created?: boolean;
  /** Written by makemigrations on the implicit `id` (Django's serialize=False); models leave it out. */
  serialize?: boolean;
}

/** A field as migrations store it: `models[path](...args, kwargs)` rebuilds it. */
export interface Deconstructed {
  path: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
}

/** Orders fields as declared; auto-created fields (the implicit `id`) sort first. */
const counter = { creation: 0, auto: -1 };

/** Base of every field. `name`, `attname`, `column` and `model` are set when its model is registered. */
export abstract class Field {
  name = "";
  attname = "";
  column = "";
  declare model: ModelClass;
  readonly null: boolean;
  readonly blank: boolean;
  readonly unique: boolean;
  readonly db_index: boolean;
  readonly db_column?: string;
  readonly help_text: string;
  readonly editable: boolean;
  readonly choices?: ReadonlyArray<readonly [unknown, string]>;
  /** The `validators` option (the field's own checks run first; see models/validation.ts). */
  readonly validators: Validator[];
  primary_key: boolean;
  verbose_name: string;
  readonly creation_counter: number;
  readonly auto_created: boolean;
  readonly is_relation: boolean = false;
  readonly concrete: boolean = true;
  protected readonly defaultValue: unknown;

  constructor(options: FieldOptions = {}, auto_created = false) {
    this.null = options.null ?? false;
    this.blank = options.blank ?? false;
    this.primary_key = options.primary_key ?? false;
    this.unique = (options.unique ?? false) || this.primary_key;
    this.db_index = options.db_index ?? false;
    this.db_column = options.db_column;
    this.verbose_name = options.verbose_name ?? "";
    this.help_text = options.help_text ?? "";
    this.editable = options.editable ?? true;
    this.choices = options.choices;
    this.validators = options.validators ?? [];
    this.defaultValue = options.default;
    this.auto_created = auto_created;
    this.creation_counter = auto_created ? counter.auto-- : counter.creation++;
  }

  /** Django's get_internal_type(): the class name, e.g. "CharField". */
  get_internal_type(): string {
    return this.constructor.name;
  }

  /** The column type on SQLite, as Django's sqlite3 backend names it. */
  abstract db_type(): string;

  /** Binds the field to its model under `name` (Django: contribute_to_class). */
  contribute_to_class(model: ModelClass, name: string): void {
    this.model = model;
    this.name = name;
    this.attname = this.get_attname();
    this.column = this.db_column ?? this.attname;
    if (!this.verbose_name) this.verbose_name = name.replaceAll("_", " ");
  }

  /** The instance attribute that holds the raw value. */
  get_attname(): string {
    return this.name;
  }

  has_default(): boolean {
    return this.defaultValue !== undefined;
  }

  /** The default for a new instance: the option (called if a function), else null ("" for text fields). */
  get_default(): unknown {
    if (typeof this.defaultValue === "function") return (this.defaultValue as () => unknown)();
    if (this.defaultValue !== undefined) return this.defaultValue;
    return this.empty_value();
  }

  protected empty_value(): unknown {
    return null;
  }

  /** Converts what the database returned into the JavaScript value. */
  from_db_value(value: unknown): unknown {
    return value;
  }

  /** False when from_db_value() returns its argument (the row loop then skips the call). */
  get converts_from_db(): boolean {
    return this.from_db_value !== Field.prototype.from_db_value;
  }

  /** Converts a JavaScript value into what is stored (before the backend adapts it). */
  get_db_prep_value(value: unknown): unknown {
    return value;
  }

  /** Called just before saving; fields like DateTimeField(auto_now) set the value here. */
  pre_save(instance: object, add: boolean): unknown {
    void add;
    return (instance as Record<string, unknown>)[this.attname];
  }

  /** Coerces input to the field's type or raises ValidationError (Django: to_python). */
  to_python(value: unknown): unknown {
    return value;
  }

  /**
   * What rebuilds this field, for migrations (Django: deconstruct()): the factory name in
   * `models`, positional arguments and the options that differ from the defaults.
   */
  deconstruct(): Deconstructed {
    const kwargs: Record<string, unknown> = {};
    if (this.null) kwargs.null = true;
    if (this.blank) kwargs.blank = true;
    if (this.defaultValue !== undefined) kwargs.default = this.defaultValue;
    if (this.unique && !this.primary_key) kwargs.unique = true;
    if (this.primary_key) Object.assign(kwargs, { primary_key: true, serialize: false });
    if (this.db_index) kwargs.db_index = true;
    if (this.db_column !== undefined) kwargs.db_column = this.db_column;
    if (this.verbose_name && this.verbose_name !== this.name.replaceAll("_", " ")) kwargs.verbose_name = this.verbose_name;
    if (this.help_text) kwargs.help_text = this.help_text;
    if (!this.editable) kwargs.editable = false;
    if (this.choices) kwargs.choices = this.choices;
    return { path: this.constructor.name, args: [], kwargs };
  }

  /** "books.Book.title" */
  toString(): string {
    return this.model ? `${this.model._meta.label}.${this.name}` : `<${this.constructor.name}>`;
  }
}

/** Integer primary key, created as `id` when a model declares none. */
export class AutoField extends Field {
  constructor(options: FieldOptions = {}, auto_created = false) {
    super({ ...options, primary_key: true, blank: true }, auto_created);
  }

  db_type(): string {
    return "integer";
  }

  /** The implicit `id` (verbose_name "ID") is marked auto_created, as Django writes it. */
  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    delete result.kwargs.blank;
    if (this.auto_created || this.verbose_name === "ID") result.kwargs.auto_created = true;
    return result;
  }

  override get_db_prep_value(value: unknown): unknown {
    return value === null || value === undefined ? null : prepInteger(this, value);
  }
}

/** A 64-bit AutoField; same column on SQLite. */
export class BigAutoField extends AutoField {}

/** Text up to `max_length` characters (required). */
export class CharField extends Field {
  readonly max_length: number;

  constructor(options: FieldOptions & { max_length: number }) {
    super(options);
    if (!Number.isInteger(options?.max_length) || options.max_length <= 0) {
      throw new TypeError("CharField requires a positive integer max_length, e.g. models.CharField({ max_length: 100 }).");
    }
    this.max_length = options.max_length;
  }

  db_type(): string {
    return `varchar(${this.max_length})`;
  }

  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    result.kwargs.max_length = this.max_length;
    return result;
  }

  protected override empty_value(): unknown {
    return this.null ? null : "";
  }

  override to_python(value: unknown): unknown {
    return value === null || value === undefined || typeof value === "string" ? value : String(value);
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

/** Unlimited text. */
export class TextField extends Field {
  db_type(): string {
    return "text";
  }

  protected override empty_value(): unknown {
    return this.null ? null : "";
  }

  override get_db_prep_value(value: unknown): unknown {
    return value === null || value === undefined || typeof value === "string" ? value : String(value);
  }
}

/** A whole number. */
export class IntegerField extends Field {
  db_type(): string {
    return "integer";
  }

  override to_python(value: unknown): unknown {
    return value === null || value === undefined ? value : toInteger(value);
  }

  override get_db_prep_value(value: unknown): unknown {
    return value === null || value === undefined ? value : prepInteger(this, value);
  }
}

/** A 64-bit integer (stored as "bigint"). */
export class BigIntegerField extends IntegerField {
  override db_type(): string {
    return "bigint";
  }
}

/** A floating point number. */
export class FloatField extends Field {
  db_type(): string {
    return "real";
  }

  override get_db_prep_value(value: unknown): unknown {
    return value === null || value === undefined ? value : Number(value);
  }
}

/** true/false, stored as 1/0 in a "bool" column. */
export class BooleanField extends Field {
  db_type(): string {
    return "bool";
  }

  override from_db_value(value: unknown): unknown {
    return value === null ? null : Boolean(value);
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined || typeof value === "boolean") return value;
    if (value === 1 || value === "1" || value === "true" || value === "True") return true;
    if (value === 0 || value === "0" || value === "false" || value === "False") return false;
    throw new ValidationError(`“${String(value)}” value must be either True or False.`, { code: "invalid" });
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

/**
 * What a date or time field with auto_now/auto_now_add writes (Django's DateField and
 * TimeField deconstruct()): the flags, without the editable=False and blank=True they imply.
 */
export function deconstruct_auto(field: { auto_now: boolean; auto_now_add: boolean }, result: Deconstructed): Deconstructed {
  if (field.auto_now) result.kwargs.auto_now = true;
  if (field.auto_now_add) result.kwargs.auto_now_add = true;
  if (field.auto_now || field.auto_now_add) {
    delete result.kwargs.editable;
    delete result.kwargs.blank;
  }
  return result;
}

/** Options of date and time fields. */
export interface DateTimeFieldOptions extends FieldOptions {
  /** Set to now on every save(). */
  auto_now?: boolean;
  /** Set to now when first created. */
  auto_now_add?: boolean;
}

/** A date and time, stored as "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC) like Django on SQLite. */
export class DateTimeField extends Field {
  readonly auto_now: boolean;
  readonly auto_now_add: boolean;

  constructor(options: DateTimeFieldOptions = {}) {
    const auto = Boolean(options.auto_now || options.auto_now_add);
    super(auto ? { ...options, editable: false, blank: true } : options);
    this.auto_now = options.auto_now ?? false;
    this.auto_now_add = options.auto_now_add ?? false;
  }

  db_type(): string {
    return "datetime";
  }

  override deconstruct(): Deconstructed {
    return deconstruct_auto(this, super.deconstruct());
  }

  override pre_save(instance: object, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) {
      (instance as Record<string, unknown>)[this.attname] = new Date();
    }
    return super.pre_save(instance, add);
  }

  override from_db_value(value: unknown): unknown {
    return typeof value === "string" ? parseDatetime(value) : value;
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined || value instanceof Date) return value;
    const date = typeof value === "string" ? parseDatetime(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      throw new ValidationError(
        `“${String(value)}” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.`,
        { code: "invalid" });
    }
    return date;
  }

  override get_db_prep_value(value: unknown): unknown {
    const date = this.to_python(value);
    return date instanceof Date ? formatDatetime(date) : date;
  }
}

function asInteger(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}

/** to_python: bad input is the user's, a ValidationError (as in forms and full_clean). */
function toInteger(value: unknown): number {
  const number = asInteger(value);
  if (number === undefined) throw new ValidationError(`“${String(value)}” value must be an integer.`, { code: "invalid" });
  return number;
}

/** get_prep_value: a bad value in a query or save is the programmer's, a ValueError. */
function prepInteger(field: Field, value: unknown): number {
  const number = asInteger(value);
  if (number === undefined) {
    throw new ValueError(`Field '${field.name}' expected a number but got ${typeof value === "string" ? `'${value}'` : String(value)}.`);
  }
  return number;
}

/**
 * Formsets, as in Django's forms/formsets.py: several copies of one form on a page,
 * counted by a hidden ManagementForm (`form-TOTAL_FORMS`, `form-INITIAL_FORMS`, ...).
 */
import { ValidationError, ValueError } from "../core/exceptions";
import { mark_safe, type SafeString } from "../template/safestring";
import { BooleanField, type Field } from "./fields";
import { IntegerField } from "./fields_numeric";
import { Form, type FormData, type FormOptions } from "./forms";
import { error_data, errorList, type ErrorDict, type ErrorList } from "./utils";
import { HiddenInput } from "./widgets";

const TOTAL = "TOTAL_FORMS";
const INITIAL = "INITIAL_FORMS";

/** The hidden counters a formset posts with its forms. */
export class ManagementForm extends Form {
  static override fields: Record<string, Field> = {
    TOTAL_FORMS: new IntegerField({ widget: new HiddenInput() }),
    INITIAL_FORMS: new IntegerField({ widget: new HiddenInput() }),
    MIN_NUM_FORMS: new IntegerField({ required: false, widget: new HiddenInput() }),
    MAX_NUM_FORMS: new IntegerField({ required: false, widget: new HiddenInput() }),
  };

  override clean(): Record<string, unknown> {
    this.cleaned_data[TOTAL] ??= 0;
    this.cleaned_data[INITIAL] ??= 0;
    return this.cleaned_data;
  }
}

/** Options of a formset: a form's data and files, a prefix, initial values per form, and options for each form. */
export interface FormSetOptions {
  data?: FormOptions["data"];
  files?: FormOptions["files"];
  auto_id?: string | false;
  prefix?: string;
  initial?: Record<string, unknown>[];
  form_kwargs?: FormOptions;
}

/** A formset class: what formset_factory returns (`static form`, extra, min_num, max_num, ...). */
export class BaseFormSet implements Iterable<Form> {
  static form: typeof Form = Form;
  static extra = 1;
  static can_delete = false;
  static can_delete_extra = true;
  static min_num = 0;
  static max_num = 1000;
  static absolute_max = 2000;
  static validate_min = false;
  static validate_max = false;
  readonly is_bound: boolean;
  readonly prefix: string;
  readonly auto_id: string | false;
  readonly initial?: Record<string, unknown>[];
  readonly form_kwargs: FormOptions;
  readonly data?: FormOptions["data"];
  readonly files?: FormOptions["files"];
  private _forms?: Form[];
  private _management?: ManagementForm;
  private _errors?: ErrorDict[];
  private _non_form_errors?: ErrorList;

  constructor(options: FormSetOptions = {}) {
    this.is_bound = options.data !== undefined || options.files !== undefined;
    this.prefix = options.prefix ?? (this.constructor as typeof BaseFormSet).get_default_prefix();
    this.auto_id = options.auto_id ?? "id_%s";
    if (options.initial) this.initial = options.initial;
    this.form_kwargs = options.form_kwargs ?? {};
    if (options.data !== undefined) this.data = options.data;
    if (options.files !== undefined) this.files = options.files;
  }

  static get_default_prefix(): string {
    return "form";
  }

  protected get cls(): typeof BaseFormSet {
    return this.constructor as typeof BaseFormSet;
  }

  /** The ManagementForm: bound to the posted counters, or showing this formset's own. */
  get management_form(): ManagementForm {
    if (!this._management) {
      if (this.is_bound) {
        this._management = new ManagementForm({ data: this.data as FormData, auto_id: this.auto_id, prefix: this.prefix });
        this._management.full_clean();
      } else {
        const { min_num, max_num } = this.cls;
        this._management = new ManagementForm({ auto_id: this.auto_id, prefix: this.prefix, initial: { TOTAL_FORMS: this.total_form_count(), INITIAL_FORMS: this.initial_form_count(), MIN_NUM_FORMS: min_num, MAX_NUM_FORMS: max_num } });
      }
    }
    return this._management;
  }

  total_form_count(): number {
    const { min_num, max_num, extra, absolute_max } = this.cls;
    if (this.is_bound) return Math.min(Number(this.management_form.cleaned_data[TOTAL] ?? 0), absolute_max);
    const initial = this.initial_form_count();
    const total = Math.max(initial, min_num) + extra;
    if (initial > max_num && max_num >= 0) return initial;
    return total > max_num && max_num >= 0 ? max_num : total;
  }

  initial_form_count(): number {
    if (this.is_bound) return Number(this.management_form.cleaned_data[INITIAL] ?? 0);
    return this.initial?.length ?? 0;
  }

  /** Every form, built once. */
  get forms(): Form[] {
    return (this._forms ??= Array.from({ length: this.total_form_count() }, (_, i) => this._construct_form(i, this.get_form_kwargs(i))));
  }

  /** Options for form `index` (null for empty_form): form_kwargs unless overridden. */
  get_form_kwargs(_index: number | null): FormOptions {
    return { ...this.form_kwargs };
  }

  add_prefix(index: number | string): string {
    return `${this.prefix}-${index}`;
  }

  protected _construct_form(i: number, kwargs: FormOptions): Form {
    const defaults: FormOptions = { auto_id: this.auto_id, prefix: this.add_prefix(i), use_required_attribute: false };
    if (this.is_bound) Object.assign(defaults, { data: this.data, files: this.files });
    if (this.initial && kwargs.initial === undefined && this.initial[i]) defaults.initial = this.initial[i];
    if (i >= this.initial_form_count() && i >= this.cls.min_num) defaults.empty_permitted = true;
    const form = new this.cls.form({ ...defaults, ...kwargs });
    this.add_fields(form, i);
    return form;
  }

  get initial_forms(): Form[] {
    return this.forms.slice(0, this.initial_form_count());
  }

  get extra_forms(): Form[] {
    return this.forms.slice(this.initial_form_count());
  }

  /** A blank form with `__prefix__` in its names, for adding forms in the browser. */
  get empty_form(): Form {
    const form = new this.cls.form({ auto_id: this.auto_id, prefix: this.add_prefix("__prefix__"), empty_permitted: true, use_required_attribute: false, ...this.get_form_kwargs(null) });
    this.add_fields(form, null);
    return form;
  }

  /** Adds the DELETE checkbox to each form when can_delete (extra forms too unless can_delete_extra is false). */
  add_fields(form: Form, index: number | null): void {
    const { can_delete, can_delete_extra } = this.cls;
    const initial = this.initial_form_count();
    if (can_delete && (can_delete_extra || (index !== null && index < initial))) form.fields["DELETE"] = new BooleanField({ label: "Delete", required: false });
  }

  /** Each form's cleaned_data; an AttributeError-like TypeError when the formset is invalid. */
  get cleaned_data(): Record<string, unknown>[] {
    if (!this.is_valid()) throw new TypeError(`'${this.constructor.name}' object has no attribute 'cleaned_data'`);
    return this.forms.map((form) => form.cleaned_data);
  }

  /** The forms marked for deletion. */
  get deleted_forms(): Form[] {
    if (!this.is_valid() || !this.cls.can_delete) return [];
    return this.forms.filter((form, i) => !(i >= this.initial_form_count() && !form.has_changed()) && this._should_delete_form(form));
  }

  _should_delete_form(form: Form): boolean {
    return Boolean(form.cleaned_data["DELETE"]);
  }

  /** Errors of each form, in order. */
  get errors(): ErrorDict[] {
    if (!this._errors) this.full_clean();
    return this._errors as ErrorDict[];
  }

  /** Errors of the formset itself (management form, min/max, clean()). */
  non_form_errors(): ErrorList {
    if (!this._non_form_errors) this.full_clean();
    return this._non_form_errors as ErrorList;
  }

  total_error_count(): number {
    return this.non_form_errors().length + this.errors.reduce((n, e) => n + [...e.values()].reduce((m, list) => m + list.length, 0), 0);
  }

  is_valid(): boolean {
    if (!this.is_bound) return false;
    void this.errors;
    const formsValid = this.forms.every((form) => (this.cls.can_delete && this._should_delete_form(form)) || form.is_valid());
    return formsValid && this.non_form_errors().length === 0;
  }

  full_clean(): void {
    this._errors = [];
    this._non_form_errors = errorList([]);
    if (!this.is_bound) return;
    const management = this.management_form;
    if (!management.is_valid()) {
      const names = [...management.errors.keys()].map((name) => management.add_prefix(name)).join(", ");
      this._non_form_errors.add([{ message: `ManagementForm data is missing or has been tampered with. Missing fields: ${names}. You may need to file a bug report if the issue persists.`, code: "missing_management_form" }]);
    }
    let empty = 0;
    this.forms.forEach((form, i) => {
      if (!form.has_changed() && i >= this.initial_form_count()) empty += 1;
      const errors = form.errors;
      if (this.cls.can_delete && this._should_delete_form(form)) return;
      this._errors?.push(errors);
    });
    const { validate_max, validate_min, max_num, min_num, absolute_max } = this.cls;
    const live = this.total_form_count() - this.deleted_forms.length;
    try {
      if ((validate_max && live > max_num) || Number(management.cleaned_data[TOTAL] ?? 0) > absolute_max) {
        throw new ValidationError(`Please submit at most ${max_num} form${max_num === 1 ? "" : "s"}.`, { code: "too_many_forms" });
      }
      if (validate_min && live - empty < min_num) throw new ValidationError(`Please submit at least ${min_num} form${min_num === 1 ? "" : "s"}.`, { code: "too_few_forms" });
      this.clean();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this._non_form_errors = errorList([]);
      this._non_form_errors.add(error_data(error));
    }
  }

  /** Checks across forms: override and throw ValidationError. */
  clean(): void {}

  has_changed(): boolean {
    return this.forms.some((form) => form.has_changed());
  }

  [Symbol.iterator](): Iterator<Form> {
    return this.forms[Symbol.iterator]();
  }

  get length(): number {
    return this.forms.length;
  }

  /** `formset.0` in a template. */
  __getitem__(index: string | number): Form {
    const form = /^\d+$/.test(String(index)) ? this.forms[Number(index)] : undefined;
    if (!form) throw new RangeError("list index out of range");
    return form;
  }

  private html(render: (form: Form) => string): SafeString {
    return mark_safe(`${this.management_form.toString()}\n${this.forms.map(render).join(" ")}`);
  }

  as_table(): SafeString {
    return this.html((form) => form.as_table().toString());
  }

  as_p(): SafeString {
    return this.html((form) => form.as_p().toString());
  }

  as_ul(): SafeString {
    return this.html((form) => form.as_ul().toString());
  }

  __html__(): string {
    return this.as_table().toString();
  }

  toString(): string {
    return this.as_table().toString();
  }
}

/** Options of formset_factory(), as Django's keyword arguments. */
export interface FormSetFactoryOptions {
  formset?: typeof BaseFormSet;
  extra?: number;
  can_delete?: boolean;
  can_delete_extra?: boolean;
  max_num?: number;
  min_num?: number;
  absolute_max?: number;
  validate_max?: boolean;
  validate_min?: boolean;
}

/** A formset class over `form`: `formset_factory(ArticleForm, { extra: 2, can_delete: true })`. */
export function formset_factory<F extends typeof BaseFormSet = typeof BaseFormSet>(form: typeof Form, options: FormSetFactoryOptions & { formset?: F } = {}): F {
  const { formset = BaseFormSet as F, extra = 1, can_delete = false, can_delete_extra = true, min_num = 0, max_num = 1000, validate_max = false, validate_min = false } = options;
  const absolute_max = options.absolute_max ?? max_num + 1000;
  if (max_num > absolute_max) throw new ValueError("'absolute_max' must be greater or equal to 'max_num'.");
  const created = class extends (formset as typeof BaseFormSet) {};
  Object.assign(created, { form, extra, can_delete, can_delete_extra, min_num, max_num, absolute_max, validate_max, validate_min });
  Object.defineProperty(created, "name", { value: `${form.name}FormSet` });
  return created as F;
}

/**
 * ModelChoiceField and ModelMultipleChoiceField, as in Django's forms/models.py: choices
 * come from a QuerySet, run when the widget renders or a value is cleaned, never before.
 */
import { ValidationError, ValueError } from "../core/exceptions";
import type { Model } from "../db/models/base";
import type { QuerySet } from "../db/models/query";
import { Field, type FieldOptions, isEmpty } from "./fields";
import { Select, SelectMultiple, type Widget } from "./widgets";

/** Options of the model choice fields: `new forms.ModelChoiceField(Author.objects.all(), { empty_label: "(none)" })`. */
export interface ModelChoiceFieldOptions extends FieldOptions {
  empty_label?: string | null;
  to_field_name?: string;
}

/** One object of `queryset`, chosen by its pk (or `to_field_name`); the cleaned value is the instance. */
export class ModelChoiceField extends Field {
  static override default_error_messages: Record<string, string> = {
    invalid_choice: "Select a valid choice. That choice is not one of the available choices.",
  };
  queryset: QuerySet<Model>;
  empty_label: string | null;
  to_field_name?: string;

  constructor(queryset: QuerySet<Model>, options: ModelChoiceFieldOptions = {}) {
    super(options);
    this.queryset = queryset;
    this.empty_label = this.required && options.initial !== undefined && options.initial !== null ? null : (options.empty_label === undefined ? "---------" : options.empty_label);
    if (options.to_field_name !== undefined) this.to_field_name = options.to_field_name;
    if (this.widget instanceof Select) this.widget.choices = this.choices;
  }

  protected override default_widget(): Widget {
    return new Select();
  }

  /** The choices, read lazily: the empty label, then one per object of the queryset. */
  get choices(): Iterable<[unknown, string]> {
    return { [Symbol.iterator]: () => this.iterate_choices() };
  }

  private *iterate_choices(): Generator<[unknown, string]> {
    if (this.empty_label !== null) yield ["", this.empty_label];
    for (const object of this.queryset.all()) yield [this.prepare_value(object), this.label_from_instance(object)];
  }

  /** The label of one choice: String(object); override to change it. */
  label_from_instance(object: Model): string {
    return String(object);
  }

  /** An instance becomes its key (pk, or to_field_name). */
  prepare_value(value: unknown): unknown {
    if (typeof value === "object" && value !== null && "_meta" in value) {
      return this.to_field_name ? (value as unknown as Record<string, unknown>)[this.to_field_name] : (value as Model).pk;
    }
    return value;
  }

  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    const key = this.to_field_name ?? "pk";
    const lookup = value instanceof this.queryset.model ? (value as unknown as Record<string, unknown>)[key] : value;
    try {
      return this.queryset.get({ [key]: lookup });
    } catch (error) {
      if (error instanceof this.queryset.model.DoesNotExist || error instanceof ValueError || error instanceof ValidationError || error instanceof TypeError) {
        throw this.error("invalid_choice", { value });
      }
      throw error;
    }
  }

  override has_changed(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    return String(this.prepare_value(initial ?? "")) !== String(data ?? "");
  }

  override clone(): this {
    const copy = super.clone();
    if (copy.widget instanceof Select) copy.widget.choices = copy.choices;
    return copy;
  }
}

/** Several objects of `queryset`; the cleaned value is a QuerySet of them (one query to check them all). */
export class ModelMultipleChoiceField extends ModelChoiceField {
  static override default_error_messages: Record<string, string> = {
    invalid_list: "Enter a list of values.",
    invalid_choice: "Select a valid choice. %(value)s is not one of the available choices.",
    invalid_pk_value: "“%(pk)s” is not a valid value.",
  };

  constructor(queryset: QuerySet<Model>, options: ModelChoiceFieldOptions = {}) {
    super(queryset, { ...options, empty_label: null });
    this.empty_label = null;
  }

  protected override default_widget(): Widget {
    return new SelectMultiple();
  }

  override to_python(value: unknown): unknown {
    if (!value) return [];
    return (value as unknown[]).map((v) => this.prepare_value(v));
  }

  override clean(value: unknown): unknown {
    const values = Array.isArray(value) ? value.map((v) => this.prepare_value(v)) : value;
    if (this.required && isEmpty(values)) throw this.error("required");
    if (!this.required && isEmpty(values)) return this.queryset.none();
    if (!Array.isArray(values)) throw this.error("invalid_list");
    const queryset = this.check_values(values);
    this.run_validators(values);
    return queryset;
  }

  /** The objects for `values`, or invalid_pk_value / invalid_choice naming the first bad one. */
  private check_values(values: unknown[]): QuerySet<Model> {
    const key = this.to_field_name ?? "pk";
    const meta = this.queryset.model._meta;
    const field = key === "pk" ? meta.pk : meta.get_field(key);
    const unique = [...new Set(values.map(String))];
    for (const pk of unique) {
      try {
        if ("get_db_prep_value" in field) field.get_db_prep_value(pk);
      } catch (error) {
        if (error instanceof ValueError || error instanceof TypeError) throw this.error("invalid_pk_value", { pk });
        throw error;
      }
    }
    const queryset = this.queryset.filter({ [`${key}__in`]: unique });
    const found = new Set([...queryset].map((o) => String((o as unknown as Record<string, unknown>)[key])));
    for (const v of unique) if (!found.has(v)) throw this.error("invalid_choice", { value: v });
    return queryset;
  }

  override has_changed(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    const before = new Set(((initial ?? []) as unknown[]).map((v) => String(this.prepare_value(v))));
    const after = new Set(((data ?? []) as unknown[]).map(String));
    return before.size !== after.size || [...after].some((v) => !before.has(v));
  }
}

/**
 * The form field for a model field, as Django's Field.formfield(): required from
 * `blank`, label from `verbose_name`, max_length, choices, and a ModelChoiceField for a
 * ForeignKey. Keyed by get_internal_type() so that new model field classes fit in.
 */
import type { Model } from "../db/models/base";
import type { Field as ModelField } from "../db/models/fields";
import type { ForeignKey } from "../db/models/fields/related";
import type { QuerySet } from "../db/models/query";
import { BooleanField, CharField, EmailField, type Field, type FieldOptions, SlugField, TypedChoiceField, URLField } from "./fields";
import { FileField } from "./fields_files";
import { DecimalField, FloatField, IntegerField } from "./fields_numeric";
import { DateField, DateTimeField, TimeField } from "./fields_temporal";
import { ModelChoiceField } from "./model_choice";
import { Textarea, type Widget } from "./widgets";

/** What Meta may set per field: widget, label, help_text, error_messages. */
export interface FormfieldOverrides {
  widget?: Widget | undefined;
  label?: string | undefined;
  help_text?: string | undefined;
  error_messages?: Record<string, string> | undefined;
}

type Extra = Record<string, unknown>;
const number = (field: ModelField, name: string) => (field as unknown as Extra)[name] as number | undefined;
const defined = (options: Extra) => Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));

const BY_TYPE: Record<string, (field: ModelField, options: FieldOptions) => Field> = {
  CharField: (f, o) => new CharField({ ...o, ...defined({ max_length: number(f, "max_length"), empty_value: f.null ? null : undefined }) }),
  TextField: (f, o) => new CharField({ widget: new Textarea(), ...o, ...defined({ max_length: number(f, "max_length") }) }),
  EmailField: (f, o) => new EmailField({ ...o, ...defined({ max_length: number(f, "max_length") }) }),
  URLField: (f, o) => new URLField({ ...o, ...defined({ max_length: number(f, "max_length") }) }),
  SlugField: (f, o) => new SlugField({ ...o, ...defined({ max_length: number(f, "max_length") }) }),
  FileField: (f, o) => new FileField({ ...o, ...defined({ max_length: number(f, "max_length") }) }),
  ImageField: (f, o) => new FileField({ ...o, ...defined({ max_length: number(f, "max_length") }) }),
  IntegerField: (_f, o) => new IntegerField(o),
  SmallIntegerField: (_f, o) => new IntegerField({ min_value: -32768, max_value: 32767, ...o }),
  BigIntegerField: (_f, o) => new IntegerField(o),
  PositiveIntegerField: (_f, o) => new IntegerField({ min_value: 0, ...o }),
  FloatField: (_f, o) => new FloatField(o),
  DecimalField: (f, o) => new DecimalField({ ...o, ...defined({ max_digits: number(f, "max_digits"), decimal_places: number(f, "decimal_places") }) }),
  BooleanField: (_f, o) => new BooleanField({ ...o, required: false }),
  DateField: (_f, o) => new DateField(o),
  DateTimeField: (_f, o) => new DateTimeField(o),
  TimeField: (_f, o) => new TimeField(o),
  ForeignKey: (f, o) => {
    const related = (f as ForeignKey).related_model;
    return new ModelChoiceField(related.objects.all() as QuerySet<Model>, o);
  },
};

/** The form field for `field`, or null for fields a form never shows (the auto primary key). */
export function formfield(field: ModelField, overrides: FormfieldOverrides = {}): Field | null {
  const type = field.get_internal_type();
  if (type === "AutoField" || type === "BigAutoField") return null;
  const options: FieldOptions = defined({
    required: !field.blank,
    label: overrides.label ?? (field.verbose_name ? field.verbose_name[0]?.toUpperCase() + field.verbose_name.slice(1) : undefined),
    help_text: overrides.help_text ?? (field.help_text || undefined),
    initial: field.has_default() ? () => field.get_default() : undefined,
    widget: overrides.widget,
    error_messages: overrides.error_messages,
  });
  if (field.choices) {
    const include_blank = field.blank || !field.has_default();
    const choices = [...(include_blank ? [["", "---------"] as [unknown, string]] : []), ...field.choices.map(([v, l]) => [v, l] as [unknown, string])];
    return new TypedChoiceField({ ...options, choices, coerce: (value) => field.to_python(value), empty_value: field.null ? null : "" });
  }
  const make = BY_TYPE[type];
  if (!make) throw new TypeError(`No form field for the model field ${String(field)} (${type}).`);
  return make(field, options);
}

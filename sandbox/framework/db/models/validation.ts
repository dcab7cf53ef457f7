/**
 * Model validation (Django: Field.clean/validate/run_validators and Model.full_clean,
 * clean_fields, validate_unique in db/models/base.py): messages by field name, and
 * "__all__" (NON_FIELD_ERRORS) for clean() and unique_together.
 */
import { ValidationError } from "../../core/exceptions";
import {
  MaxLengthValidator, MaxValueValidator, MinValueValidator, URLValidator, type Validator,
  validate_email, validate_ipv4_address, validate_ipv46_address, validate_ipv6_address, validate_slug,
} from "../../core/validators";
import type { Model } from "./base";
import { UniqueConstraint } from "./constraints";
import { CharField, type Field } from "./fields";
import { PositiveIntegerField, SmallIntegerField } from "./fields/numeric";
import { EmailField, GenericIPAddressField, SlugField, URLField } from "./fields/text";
import { getAttr, type ModelClass } from "./model_class";

/** Django's NON_FIELD_ERRORS key. */
export const NON_FIELD_ERRORS = "__all__";

/** Django's Field.empty_values. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)
    || (typeof value === "object" && value !== null && !(value instanceof Date) && Object.keys(value).length === 0);
}

/** The checks a field class always runs (Django: default_validators and the max_length validator). */
function default_validators(field: Field): Validator[] {
  const out: Validator[] = [];
  if (field instanceof CharField) out.push(MaxLengthValidator(field.max_length));
  if (field instanceof EmailField) out.push(validate_email);
  if (field instanceof URLField) out.push(URLValidator());
  if (field instanceof SlugField) out.push(validate_slug);
  if (field instanceof GenericIPAddressField) {
    out.push(field.protocol === "IPv4" ? validate_ipv4_address : field.protocol === "IPv6" ? validate_ipv6_address : validate_ipv46_address);
  }
  if (field instanceof PositiveIntegerField) out.push(MinValueValidator(0));
  if (field instanceof SmallIntegerField) out.push(MinValueValidator(-32768), MaxValueValidator(32767));
  return out;
}

/** Django's Field.clean(): to_python, then choices/null/blank, then every validator; returns the clean value. */
export function clean_field(field: Field, raw: unknown): unknown {
  const value = field.to_python(raw);
  if (field.choices && !isEmpty(value) && !field.choices.some(([choice]) => choice === value)) {
    throw new ValidationError(`Value ${pyRepr(value)} is not a valid choice.`, { code: "invalid_choice" });
  }
  if ((value === null || value === undefined) && !field.null) throw new ValidationError("This field cannot be null.", { code: "null" });
  if (!field.blank && isEmpty(value)) throw new ValidationError("This field cannot be blank.", { code: "blank" });
  if (isEmpty(value)) return value;
  const messages: string[] = [];
  for (const validator of [...default_validators(field), ...field.validators]) {
    try {
      validator(value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      messages.push(...error.messages);
    }
  }
  if (messages.length) throw new ValidationError(messages);
  return value;
}

function pyRepr(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : String(value);
}

/** Adds messages for `key` to an error dict. */
function add(errors: Record<string, string[]>, key: string, error: unknown): void {
  if (!(error instanceof ValidationError)) throw error;
  for (const [name, messages] of Object.entries(error.error_dict ?? { [key]: error.messages })) {
    (errors[name] ??= []).push(...messages);
  }
}

/** Django's clean_fields(): cleans every editable field not excluded; blank empty values are skipped. */
export function clean_fields(instance: Model, exclude: string[] = []): void {
  const errors: Record<string, string[]> = {};
  for (const field of instance._meta.fields) {
    if (exclude.includes(field.name)) continue;
    const raw = getAttr(instance, field.attname);
    if (field.blank && isEmpty(raw)) continue;
    try {
      (instance as unknown as Record<string, unknown>)[field.attname] = clean_field(field, raw);
    } catch (error) {
      add(errors, field.name, error);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Capitalises the first letter (Django's capfirst). */
function capfirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Django's get_text_list(["a", "b", "c"], "and") -> "a, b and c". */
function text_list(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Django's validate_unique(): one exists() query per unique field and per unique_together set. */
export function validate_unique(instance: Model, exclude: string[] = []): void {
  const meta = instance._meta;
  const model = instance.constructor as ModelClass;
  const errors: Record<string, string[]> = {};
  const checks: string[][] = [...meta.unique_together.map((names) => [...names]),
    ...meta.constraints.filter((c): c is UniqueConstraint => c instanceof UniqueConstraint && !c.condition).map((c) => [...c.fields]),
    ...meta.fields.filter((f) => f.unique).map((f) => [f.name])];
  for (const names of checks) {
    if (names.some((name) => exclude.includes(name))) continue;
    const fields = names.map((name) => meta.fields.find((f) => f.name === name) as Field);
    if (fields.length === 1 && fields[0].primary_key && !instance._state.adding) continue;
    const lookup = Object.fromEntries(fields.map((f) => [f.attname, getAttr(instance, f.attname)]));
    if (Object.values(lookup).some((v) => v === null || v === undefined)) continue;
    let queryset = model._default_manager.filter(lookup);
    if (!instance._state.adding && instance.pk !== null && instance.pk !== undefined) queryset = queryset.exclude({ pk: instance.pk });
    if (!queryset.exists()) continue;
    const model_name = capfirst(meta.verbose_name);
    if (fields.length === 1) {
      (errors[fields[0].name] ??= []).push(`${model_name} with this ${capfirst(fields[0].verbose_name)} already exists.`);
    } else {
      (errors[NON_FIELD_ERRORS] ??= []).push(`${model_name} with this ${text_list(fields.map((f) => capfirst(f.verbose_name)))} already exists.`);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Django's full_clean(): clean_fields, clean, validate_unique (skipping fields that already failed); all errors in one dict. */
export function full_clean(instance: Model, options: { exclude?: string[]; validate_unique?: boolean } = {}): void {
  const errors: Record<string, string[]> = {};
  const exclude = [...(options.exclude ?? [])];
  try {
    clean_fields(instance, exclude);
  } catch (error) {
    add(errors, NON_FIELD_ERRORS, error);
  }
  try {
    (instance as unknown as { clean(): void }).clean();
  } catch (error) {
    add(errors, NON_FIELD_ERRORS, error);
  }
  if (options.validate_unique ?? true) {
    try {
      validate_unique(instance, [...exclude, ...Object.keys(errors)]);
    } catch (error) {
      add(errors, NON_FIELD_ERRORS, error);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * ModelForm, as in Django's forms/models.py: fields derived from a model's fields
 * (`static Meta = { model: Book, fields: ["title", "author"] }`), an instance built
 * from the cleaned data, uniqueness checked, and save({ commit }).
 */
import { FieldError, ImproperlyConfigured, ValidationError, ValueError } from "../core/exceptions";
import type { Model } from "../db/models/base";
import type { Field as ModelField } from "../db/models/fields";
import { FileField as ModelFileField } from "../db/models/fields/files";
import type { ModelClass } from "../db/models/model_class";
import type { Field } from "./fields";
import { formfield } from "./formfield";
import { Form, type FormOptions } from "./forms";
import type { Widget } from "./widgets";

/** A ModelForm's `static Meta`, with Django's options. */
export interface ModelFormMeta {
  model: ModelClass;
  fields?: readonly string[] | "__all__";
  exclude?: readonly string[];
  widgets?: Record<string, Widget>;
  labels?: Record<string, string>;
  help_texts?: Record<string, string>;
  error_messages?: Record<string, Record<string, string>>;
}

/** Options of a ModelForm: a Form's, plus the instance to edit. */
export interface ModelFormOptions extends FormOptions {
  instance?: Model;
}

const NON_FIELD_ERRORS = "__all__";
const capfirst = (text: string) => (text ? text[0]?.toUpperCase() + text.slice(1) : text);
const attr = (instance: object, name: string) => (instance as Record<string, unknown>)[name];

/** The model fields a form over `meta` covers: editable, in `fields`, not in `exclude`. */
function coveredFields(meta: ModelFormMeta): ModelField[] {
  const all = meta.fields === "__all__" ? undefined : meta.fields;
  return meta.model._meta.fields.filter((f) => f.editable && (!all || all.includes(f.name)) && !meta.exclude?.includes(f.name));
}

/** Form fields for `meta.model`, in Meta.fields order, as Django's fields_for_model(). */
export function fields_for_model(meta: ModelFormMeta, formName: string, declared: Record<string, Field>): Record<string, Field> {
  const model = meta.model;
  if (meta.fields === undefined && meta.exclude === undefined) {
    throw new ImproperlyConfigured(`Creating a ModelForm without either the 'fields' attribute or the 'exclude' attribute is prohibited; form ${formName} needs updating.`);
  }
  const built: Record<string, Field> = {};
  for (const field of coveredFields(meta)) {
    const formField = formfield(field, {
      widget: meta.widgets?.[field.name],
      label: meta.labels?.[field.name],
      help_text: meta.help_texts?.[field.name],
      error_messages: meta.error_messages?.[field.name],
    });
    if (formField) built[field.name] = formField;
  }
  if (meta.fields === undefined || meta.fields === "__all__") return { ...built, ...declared };
  for (const name of meta.fields) {
    const field = model._meta.fields.find((f) => f.name === name);
    if (field && !field.editable) throw new FieldError(`'${name}' cannot be specified for ${model.name} model form as it is a non-editable field`);
  }
  const missing = meta.fields.filter((name) => !built[name] && !declared[name] && !meta.exclude?.includes(name));
  if (missing.length) throw new FieldError(`Unknown field(s) (${missing.join(", ")}) specified for ${model.name}`);
  const ordered: Record<string, Field> = {};
  for (const name of meta.fields) if (built[name] && !meta.exclude?.includes(name)) ordered[name] = built[name];
  return { ...ordered, ...declared };
}

/** `{ name: value }` of an instance's editable fields (foreign keys as their id), as Django's model_to_dict(). */
export function model_to_dict(instance: Model, meta: ModelFormMeta): Record<string, unknown> {
  return Object.fromEntries(coveredFields(meta).map((f) => [f.name, attr(instance, f.attname)]));
}

const baseFieldsCache = new WeakMap<typeof ModelForm, Record<string, Field>>();

/** A form over a model: `class BookForm extends forms.ModelForm { static Meta = { model: Book, fields: "__all__" } }`. */
export class ModelForm extends Form {
  static Meta?: ModelFormMeta;
  instance: Model;
  /** After save({ commit: false }): saves the many-to-many data once the instance is saved. */
  save_m2m: () => void = () => undefined;

  static override get base_fields(): Record<string, Field> {
    const meta = this.Meta;
    if (!meta) return this.fields;
    let fields = baseFieldsCache.get(this);
    if (!fields) baseFieldsCache.set(this, (fields = fields_for_model(meta, this.name, this.fields)));
    return fields;
  }

  constructor(options: ModelFormOptions = {}) {
    const meta = (new.target as typeof ModelForm).Meta;
    if (!meta) throw new ValueError("ModelForm has no model class specified.");
    const instance = options.instance ?? new meta.model();
    super({ ...options, initial: { ...model_to_dict(instance, meta), ...options.initial } });
    this.instance = instance;
  }

  private get meta(): ModelFormMeta {
    return (this.constructor as typeof ModelForm).Meta as ModelFormMeta;
  }

  /** Builds the instance from cleaned_data, then checks uniqueness (Django's _post_clean). */
  protected override _post_clean(): void {
    this.construct_instance();
    this.validate_unique();
  }

  /** Copies cleaned values onto the instance; a field left out of the data keeps its model default. */
  private construct_instance(): void {
    for (const field of coveredFields(this.meta)) {
      if (!(field.name in this.cleaned_data) || field.primary_key) continue;
      const formField = this.fields[field.name];
      const value = this.cleaned_data[field.name];
      const omitted = formField?.widget.value_omitted_from_data(this.data ?? { get: () => undefined }, this.files ?? { get: () => undefined }, this.add_prefix(field.name));
      if (field.has_default() && omitted && (value === null || value === undefined || value === "")) continue;
      if (field instanceof ModelFileField) field.save_form_data(this.instance, value);
      else (this.instance as unknown as Record<string, unknown>)[field.name] = value;
    }
  }

  /** Fields not to check for uniqueness: not on the form, or already invalid. */
  private validation_exclusions(): Set<string> {
    const names = this.meta.model._meta.fields.map((f) => f.name);
    return new Set(names.filter((name) => !(name in this.fields) || this.errors.has(name)));
  }

  /** Checks unique and unique_together against the database; errors go to the field or the form. */
  validate_unique(): void {
    const exclude = this.validation_exclusions();
    const model = this.meta.model;
    const opts = model._meta;
    const checks: string[][] = [...opts.unique_together.map((names) => [...names]), ...opts.fields.filter((f) => f.unique).map((f) => [f.name])];
    const errors: Record<string, string[]> = {};
    for (const names of checks) {
      if (names.some((name) => exclude.has(name))) continue;
      const fields = names.map((name) => opts.get_field(name) as ModelField);
      const lookup: Record<string, unknown> = {};
      for (const field of fields) lookup[field.attname] = attr(this.instance, field.attname);
      if (Object.values(lookup).some((v) => v === null || v === undefined) || (fields.length === 1 && fields[0]?.primary_key && !this.instance._state.adding)) continue;
      let queryset = model.objects.filter(lookup);
      if (!this.instance._state.adding && this.instance.pk !== null && this.instance.pk !== undefined) queryset = queryset.exclude({ pk: this.instance.pk });
      if (!queryset.exists()) continue;
      const key = names.length === 1 ? (names[0] as string) : NON_FIELD_ERRORS;
      const labels = fields.map((f) => capfirst(f.verbose_name));
      const text = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1) ?? ""}` : (labels[0] ?? "");
      const custom = this.meta.error_messages?.[key]?.[names.length === 1 ? "unique" : "unique_together"];
      const message = (custom ?? "%(model_name)s with this %(field_label)s already exists.")
        .replace("%(model_name)s", capfirst(opts.verbose_name)).replace(/%\(field_labels?\)s/, text);
      (errors[key] ??= []).push(message);
    }
    for (const [key, messages] of Object.entries(errors)) {
      this.add_error(key === NON_FIELD_ERRORS ? null : key, new ValidationError(messages, { code: key === NON_FIELD_ERRORS ? "unique_together" : "unique" }));
    }
  }

  /** Saves the instance (unless `commit` is false) and returns it; ValueError when the form is invalid. */
  save(options: { commit?: boolean } = {}): Model {
    if (this.errors.size) {
      throw new ValueError(`The ${this.meta.model._meta.object_name} could not be ${this.instance._state.adding ? "created" : "changed"} because the data didn't validate.`);
    }
    if (options.commit ?? true) {
      this.instance.save();
      this._save_m2m();
    } else {
      this.save_m2m = () => this._save_m2m();
    }
    return this.instance;
  }

  /** Sets each many-to-many field of the form from cleaned_data (`instance.tags.set(...)`). */
  private _save_m2m(): void {
    const related = (this.meta.model._meta as { many_to_many?: ModelField[] }).many_to_many ?? [];
    for (const field of related) {
      if (!(field.name in this.cleaned_data) || !(field.name in this.fields)) continue;
      const manager = attr(this.instance, field.name) as { set(objects: unknown): void };
      manager.set(this.cleaned_data[field.name]);
    }
  }
}

/** A ModelForm class for `model`: `modelform_factory(Book, { fields: ["title"] })`. */
export function modelform_factory(model: ModelClass, options: Omit<ModelFormMeta, "model"> & { form?: typeof ModelForm } = {}): typeof ModelForm {
  const { form = ModelForm, ...meta } = options;
  if (meta.fields === undefined && meta.exclude === undefined && !form.Meta?.fields && !form.Meta?.exclude) {
    throw new ImproperlyConfigured("Calling modelform_factory without defining 'fields' or 'exclude' explicitly is prohibited.");
  }
  const created = class extends form {
    static override Meta: ModelFormMeta = { ...form.Meta, ...meta, model };
  };
  Object.defineProperty(created, "name", { value: `${model.name}Form` });
  return created;
}

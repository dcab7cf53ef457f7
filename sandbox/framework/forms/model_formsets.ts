/**
 * Model formsets, as in Django's forms/models.py: one ModelForm per object of a
 * QuerySet plus extra forms for new ones (modelformset_factory), and the objects
 * related to one parent through a ForeignKey (inlineformset_factory).
 */
import { ValueError } from "../core/exceptions";
import type { Model } from "../db/models/base";
import type { ForeignKey } from "../db/models/fields/related";
import type { ModelClass } from "../db/models/model_class";
import type { QuerySet } from "../db/models/query";
import { Field } from "./fields";
import type { Form, FormOptions } from "./forms";
import { formset_factory, BaseFormSet, type FormSetFactoryOptions, type FormSetOptions } from "./formsets";
import { ModelChoiceField } from "./model_choice";
import { ModelForm, modelform_factory, type ModelFormMeta } from "./models";
import { HiddenInput } from "./widgets";

/** A formset over `queryset` (default: every object, by pk). */
export class BaseModelFormSet extends BaseFormSet {
  static model?: ModelClass;
  declare static form: typeof ModelForm;
  readonly queryset?: QuerySet<Model>;
  private _queryset?: Model[];
  /** After save(): the objects changed (with their changed fields) and deleted. */
  changed_objects: [Model, string[]][] = [];
  deleted_objects: Model[] = [];

  constructor(options: FormSetOptions & { queryset?: QuerySet<Model> } = {}) {
    super(options);
    if (options.queryset) this.queryset = options.queryset;
  }

  protected get modelClass(): ModelClass {
    return (this.constructor as typeof BaseModelFormSet).model as ModelClass;
  }

  /** The objects the initial forms edit (evaluated once, ordered by pk unless ordered). */
  get_queryset(): Model[] {
    if (!this._queryset) {
      let queryset = this.queryset ?? (this.modelClass.objects.all() as QuerySet<Model>);
      if (!queryset.ordered) queryset = queryset.order_by(this.modelClass._meta.pk.name);
      this._queryset = [...queryset];
    }
    return this._queryset;
  }

  override initial_form_count(): number {
    return this.is_bound ? super.initial_form_count() : this.get_queryset().length;
  }

  protected override _construct_form(i: number, kwargs: FormOptions): Form {
    const pkName = this.modelClass._meta.pk.name;
    const initial = i < this.initial_form_count();
    const options: FormOptions & { instance?: Model } = { ...kwargs };
    if (initial && this.is_bound) {
      const raw = this.data && "get" in this.data && typeof this.data.get === "function" ? this.data.get(`${this.add_prefix(i)}-${pkName}`) : (this.data as Record<string, unknown> | undefined)?.[`${this.add_prefix(i)}-${pkName}`];
      const instance = raw === undefined ? undefined : this.get_queryset().find((o) => String(o.pk) === String(raw));
      if (instance) options.instance = instance;
    } else if (initial) {
      const instance = this.get_queryset()[i];
      if (instance) options.instance = instance;
    }
    const form = super._construct_form(i, options);
    const pkField = form.fields[pkName];
    if (initial && pkField) pkField.required = true;
    return form;
  }

  /** Adds the hidden pk field to each form, then DELETE. */
  override add_fields(form: Form, index: number | null): void {
    const instance = (form as ModelForm).instance;
    let pk: unknown = null;
    if (form.is_bound) pk = instance._state.adding ? null : instance.pk;
    else if (index !== null) pk = this.get_queryset()[index]?.pk ?? null;
    form.fields[this.modelClass._meta.pk.name] = new ModelChoiceField(this.modelClass.objects.all() as QuerySet<Model>, { initial: pk, required: false, widget: new HiddenInput() });
    super.add_fields(form, index);
  }

  /** Saves the new forms that changed, the changed existing ones, and deletes those marked DELETE. */
  save(options: { commit?: boolean } = {}): Model[] {
    const commit = options.commit ?? true;
    this.changed_objects = [];
    this.deleted_objects = [];
    const deleted = new Set(this.deleted_forms);
    const saved: Model[] = [];
    for (const form of this.initial_forms as ModelForm[]) {
      if (form.instance.pk === null || form.instance.pk === undefined) continue;
      if (deleted.has(form)) {
        this.deleted_objects.push(form.instance);
        if (commit) form.instance.delete();
      } else if (form.has_changed()) {
        this.changed_objects.push([form.instance, form.changed_data]);
        saved.push(form.save({ commit }));
      }
    }
    for (const form of this.extra_forms as ModelForm[]) {
      if (!form.has_changed() || (this.cls.can_delete && this._should_delete_form(form))) continue;
      saved.push(this.save_new(form, commit));
    }
    return saved;
  }

  /** Saves one new object's form. */
  save_new(form: ModelForm, commit: boolean): Model {
    return form.save({ commit });
  }
}

/** Options of modelformset_factory(): a ModelForm's Meta options and formset_factory's. */
export type ModelFormSetOptions = Omit<ModelFormMeta, "model"> & FormSetFactoryOptions & { form?: typeof ModelForm };

/** A formset class editing objects of `model`: `modelformset_factory(Book, { fields: ["title"], extra: 2 })`. */
export function modelformset_factory(model: ModelClass, options: ModelFormSetOptions = {}): typeof BaseModelFormSet {
  const { form, fields, exclude, widgets, labels, help_texts, error_messages, formset = BaseModelFormSet, ...factory } = options;
  if (fields === undefined && exclude === undefined && !form?.Meta?.fields && !form?.Meta?.exclude) {
    throw new ValueError("Calling modelformset_factory without defining 'fields' or 'exclude' explicitly is prohibited.");
  }
  const meta = Object.fromEntries(Object.entries({ fields, exclude, widgets, labels, help_texts, error_messages }).filter(([, v]) => v !== undefined));
  const modelForm = modelform_factory(model, { ...(form ? { form } : {}), ...meta });
  const created = formset_factory(modelForm, { ...factory, formset: formset as typeof BaseModelFormSet });
  Object.assign(created, { model });
  return created;
}

/** The foreign key's hidden field in an inline form: always the parent instance. */
class InlineForeignKeyField extends Field {
  static override default_error_messages: Record<string, string> = { invalid_choice: "The inline value did not match the parent instance." };
  constructor(readonly parent_instance: Model) {
    super({ widget: new HiddenInput(), initial: parent_instance.pk, required: false });
  }
  override clean(value: unknown): unknown {
    if (value === undefined || value === null || value === "") return this.parent_instance;
    if (String(value) !== String(this.parent_instance.pk)) throw this.error("invalid_choice");
    return this.parent_instance;
  }
  override has_changed(): boolean {
    return false;
  }
}

/** The objects of `model` pointing at one parent instance. */
export class BaseInlineFormSet extends BaseModelFormSet {
  declare static fk: ForeignKey;
  readonly instance: Model;

  constructor(options: FormSetOptions & { instance?: Model; queryset?: QuerySet<Model> } = {}) {
    const cls = new.target as typeof BaseInlineFormSet;
    const instance = options.instance ?? new cls.fk.related_model();
    const base = options.queryset ?? (cls.model as ModelClass).objects.all() as QuerySet<Model>;
    const queryset = instance.pk === null || instance.pk === undefined ? base.none() : base.filter({ [cls.fk.name]: instance.pk });
    super({ ...options, queryset });
    this.instance = instance;
  }

  /** The parent's accessor name: "books" for `related_name: "books"`, else "book_set". */
  static override get_default_prefix(): string {
    return this.fk.related_name?.replace("+", "") ?? `${this.fk.model._meta.model_name}_set`;
  }

  protected override _construct_form(i: number, kwargs: FormOptions): Form {
    const form = super._construct_form(i, kwargs) as ModelForm;
    const fk = (this.constructor as typeof BaseInlineFormSet).fk;
    (form.instance as unknown as Record<string, unknown>)[fk.attname] = this.instance.pk;
    return form;
  }

  override add_fields(form: Form, index: number | null): void {
    super.add_fields(form, index);
    form.fields[(this.constructor as typeof BaseInlineFormSet).fk.name] = new InlineForeignKeyField(this.instance);
  }

  override save_new(form: ModelForm, commit: boolean): Model {
    (form.instance as unknown as Record<string, unknown>)[(this.constructor as typeof BaseInlineFormSet).fk.name] = this.instance;
    return super.save_new(form, commit);
  }
}

/** The ForeignKey of `model` to `parent` (named `fk_name` when there are several). */
function foreignKeyTo(parent: ModelClass, model: ModelClass, fk_name?: string): ForeignKey {
  const keys = model._meta.foreign_keys.filter((f) => (fk_name ? f.name === fk_name : f.related_model === parent));
  if (fk_name && (keys.length !== 1 || keys[0]?.related_model !== parent)) throw new ValueError(`fk_name '${fk_name}' is not a ForeignKey to '${parent._meta.label}'.`);
  if (!keys.length) throw new ValueError(`'${model._meta.label}' has no ForeignKey to '${parent._meta.label}'.`);
  if (keys.length > 1) throw new ValueError(`'${model._meta.label}' has more than one ForeignKey to '${parent._meta.label}'. You must specify a 'fk_name' attribute.`);
  return keys[0] as ForeignKey;
}

/** A formset of `model` objects belonging to one `parent`: `inlineformset_factory(Author, Book, { fields: ["title"] })`. */
export function inlineformset_factory(parent: ModelClass, model: ModelClass, options: ModelFormSetOptions & { fk_name?: string } = {}): typeof BaseInlineFormSet {
  const { fk_name, ...rest } = options;
  const fk = foreignKeyTo(parent, model, fk_name);
  const created = modelformset_factory(model, { extra: 3, ...rest, formset: rest.formset ?? BaseInlineFormSet });
  Object.assign(created, { fk });
  return created as typeof BaseInlineFormSet;
}

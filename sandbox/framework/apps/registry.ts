/**
 * The app registry (Django: apps/registry.py): one per project load, holding every model
 * of every installed app and the database connection they use.
 */
import { ImproperlyConfigured, LookupError, MultipleObjectsReturned as MultipleObjectsReturnedBase, ObjectDoesNotExist } from "../core/exceptions";
import type { Connection } from "../db/backends/sqljs/base";
import { set_default_connection } from "../db/connection";
import { Model } from "../db/models/base";
import { AutoField, type Field } from "../db/models/fields";
import { ManyToManyField, ManyToManyRel } from "../db/models/fields/many_to_many";
import { ForeignKey, ManyToOneRel, OneToOneField, OneToOneRel } from "../db/models/fields/related";
import { create_through_model, through_keys } from "../db/models/through";
import { Manager } from "../db/models/manager";
import { getAttr, type MetaOptions, type ModelClass } from "../db/models/model_class";
import { Options } from "../db/models/options";
import { install_forward_descriptor, install_reverse_descriptor } from "../db/models/related_descriptors";
import { install_m2m_descriptor } from "../db/models/m2m_manager";

/** True for classes that extend Model (not Model itself). */
function isModelClass(value: unknown): value is ModelClass {
  return typeof value === "function" && value.prototype instanceof Model;
}

/** The models of a project, by app. */
export class Apps {
  readonly connection: Connection;
  private readonly models = new Map<string, ModelClass>();

  constructor(connection: Connection) {
    this.connection = connection;
    set_default_connection(connection);
    set_active_apps(this);
  }

  /**
   * Registers every Model subclass exported by `<app>.models` for each installed app
   * (apps without a models module are fine), then resolves relations between them.
   */
  populate(installed_apps: string[], modules: Record<string, Record<string, unknown>>): void {
    const exported = installed_apps.flatMap((app) => Object.values(modules[`${app}.models`] ?? {})).filter(isModelClass);
    const extended = new Set(exported.flatMap(ancestors));
    for (const app of installed_apps) {
      const module = modules[`${app}.models`];
      if (!module) continue;
      const app_label = app.split(".").pop() ?? app;
      for (const value of in_definition_order(Object.values(module))) {
        if (!isModelClass(value)) continue;
        check_copied_abstract(value, app_label, extended);
        if (!is_abstract(value)) this.register(app_label, value);
      }
    }
    const models = [...this.models.values()];
    for (const model of models) {
      for (const field of model._meta.foreign_keys) this.resolve_relation(field);
    }
    for (const model of models) {
      for (const field of model._meta.many_to_many) this.resolve_many_to_many(field);
    }
  }

  /** A model by label: "books.Book" or "books.book"; LookupError listing the known models otherwise. */
  get_model(label: string): ModelClass {
    const model = this.models.get(label.toLowerCase());
    if (!model) {
      throw new LookupError(`No installed model '${label}'. Known models: ${[...this.models.values()].map((m) => m._meta.label).join(", ") || "none"}.`);
    }
    return model;
  }

  /** Every registered model, in registration order. */
  get_models(): ModelClass[] {
    return [...this.models.values()];
  }

  private register(app_label: string, model: ModelClass): void {
    const meta = new Options(model, app_label, model.Meta ?? {}, this);
    define(model, "_meta", meta);
    const declared = declared_fields(model);
    if (!declared.some(([, field]) => field.primary_key)) {
      const id = new AutoField({ verbose_name: "ID" }, true);
      id.contribute_to_class(model, "id");
      meta.add_field(id);
    }
    for (const [name, field] of declared) {
      field.contribute_to_class(model, name);
      if (field instanceof ManyToManyField) {
        meta.many_to_many.push(field);
        continue;
      }
      meta.add_field(field);
      if (field.choices) {
        define(model.prototype, `get_${name}_display`, function display(this: Model): string {
          const value = getAttr(this, name);
          return field.choices?.find(([v]) => v === value)?.[1] ?? String(value);
        });
      }
    }
    install_managers(model);
    define(model, "DoesNotExist", exceptionClass(ObjectDoesNotExist, "DoesNotExist"));
    define(model, "MultipleObjectsReturned", exceptionClass(MultipleObjectsReturnedBase, "MultipleObjectsReturned"));
    this.models.set(meta.label_lower, model);
  }

  /** Resolves "Author", "books.Author" or "self" and installs `book.author` and `author.books`. */
  private resolve_relation(field: ForeignKey): void {
    const source = field.model._meta;
    const target = this.resolve_model(field, field.to);
    field.resolve(target);
    install_forward_descriptor(field);
    const rel = field instanceof OneToOneField ? new OneToOneRel(field) : new ManyToOneRel(field);
    target._meta.related_objects.push(rel);
    if (rel.is_hidden()) return;
    const clash = target._meta.fields.find((f) => f.name === rel.accessor_name);
    if (clash) {
      throw new ImproperlyConfigured(
        `Reverse accessor for '${source.label}.${field.name}' clashes with field name '${target._meta.label}.${clash.name}'. ` +
        `Add or change a related_name argument to the definition for '${source.label}.${field.name}'.`);
    }
    install_reverse_descriptor(rel);
  }

  /** "Author", "books.Author", "self" or a class, as the model registered here. */
  private resolve_model(field: { model: ModelClass; name: string }, to: ModelClass | string): ModelClass {
    const source = field.model._meta;
    let target: ModelClass | undefined;
    if (typeof to !== "string") {
      target = this.models.get(to._meta?.label_lower ?? "") === to ? to : undefined;
    } else if (to === "self") {
      target = field.model;
    } else {
      target = this.models.get((to.includes(".") ? to : `${source.app_label}.${to}`).toLowerCase());
    }
    if (!target) {
      const name = typeof to === "string" ? to : to.name;
      throw new ImproperlyConfigured(
        `Field defines a relation with model '${name}', which is either not installed, or is abstract ` +
        `(${source.label}.${field.name}). Export it from its app's models.ts and list the app in INSTALLED_APPS.`);
    }
    return target;
  }

  /** Resolves the target and the through model (creating and registering Django's automatic one) and installs the managers. */
  private resolve_many_to_many(field: ManyToManyField): void {
    const target = this.resolve_model(field, field.to);
    let through: ModelClass;
    if (field.through_option === undefined) {
      through = create_through_model(field, target);
      this.register(field.model._meta.app_label, through);
      through._meta.auto_created = field.model;
      for (const key of through._meta.foreign_keys) this.resolve_relation(key);
    } else {
      through = this.resolve_model(field, field.through_option);
    }
    const [source_key, target_key] = through_keys(through, field.model, target);
    field.resolve(target, through, source_key, target_key);
    install_m2m_descriptor(field, field.name, false);
    const rel = new ManyToManyRel(field);
    if (field.symmetrical && target !== field.model) {
      throw new ImproperlyConfigured(`${String(field)}: only relations to "self" can be symmetrical.`);
    }
    target._meta.related_many_to_many.push(rel);
    if (!rel.is_hidden()) install_m2m_descriptor(field, rel.accessor_name, true);
  }
}

/**
 * Only a class's own `static Meta = { abstract: true }` makes it abstract: a subclass that
 * declares no Meta inherits the base's options and is concrete, as in Django.
 */
function is_abstract(model: ModelClass): boolean {
  return own_meta(model)?.abstract === true;
}

function own_meta(model: ModelClass): MetaOptions | undefined {
  return Object.prototype.hasOwnProperty.call(model, "Meta") ? model.Meta : undefined;
}

/** The model classes `model` extends, nearest first (Model itself left out). */
function ancestors(model: ModelClass): ModelClass[] {
  const found: ModelClass[] = [];
  for (let base: unknown = Object.getPrototypeOf(model); isModelClass(base); base = Object.getPrototypeOf(base)) found.push(base);
  return found;
}

/**
 * Django's `class Meta(Base.Meta)` is `static Meta = { ...Base.Meta, ... }` here, and the
 * spread copies the base's `abstract: true` (Django resets it on the base's Meta once the
 * base is built; a TypeScript class has no such moment). A copied `abstract: true` cannot
 * be told from one written out, so when a subclass of an abstract model says abstract:
 * true with every option of its base's Meta (as a spread gives it) and no exported model
 * extends it (an abstract model is there to be extended), it is an error that says what
 * to write, rather than a model silently left without a table.
 */
function check_copied_abstract(model: ModelClass, app_label: string, extended: ReadonlySet<ModelClass>): void {
  const meta = own_meta(model);
  const base = ancestors(model)[0];
  const base_meta = base && own_meta(base);
  if (meta?.abstract !== true || !base || !base_meta || base_meta.abstract !== true || extended.has(model)) return;
  if (!Object.keys(base_meta).every((key) => key in meta)) return;
  throw new ImproperlyConfigured(
    `${app_label}.${model.name}: its static Meta says abstract: true, as the Meta of its abstract base ${base.name} does, and no model extends it, ` +
    `so it would get no table. A { ...${base.name}.Meta } spread copies abstract: true; in Django a subclass of an abstract model is concrete ` +
    `unless its own Meta says abstract = True. For a model with a table write static Meta = { ...${base.name}.Meta, abstract: false, ... } ` +
    `(or declare no Meta to inherit ${base.name}'s options as they are); for an abstract model, export a model that extends ${model.name}.`);
}

/** The abstract bases of `model`, farthest first, then the model itself. */
function lineage(model: ModelClass): ModelClass[] {
  const chain: ModelClass[] = [model];
  for (let base = Object.getPrototypeOf(model) as ModelClass; isModelClass(base) && is_abstract(base); base = Object.getPrototypeOf(base) as ModelClass) {
    chain.unshift(base);
  }
  return chain;
}

/**
 * A module's exports in the order their classes were written, as Django registers models
 * (a bundled module's namespace lists its exports alphabetically). A model's place is that
 * of the first field it declares itself; models declaring none keep their order, last.
 */
function in_definition_order(values: unknown[]): unknown[] {
  const place = (value: unknown): number => {
    if (!isModelClass(value) || !Object.prototype.hasOwnProperty.call(value, "fields")) return Infinity;
    return Math.min(Infinity, ...Object.values(value.fields ?? {}).map((field) => field.creation_counter));
  };
  return values.map((value, index) => ({ value, index, at: place(value) }))
    .sort((a, b) => (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1))
    .map(({ value }) => value);
}

/**
 * The model's fields: those of its abstract bases (each copied, as Django copies them for
 * every subclass) and its own `static fields`, which may override a base's field by name.
 */
function declared_fields(model: ModelClass): Array<[string, Field]> {
  const fields = new Map<string, Field>();
  for (const cls of lineage(model)) {
    if (!Object.prototype.hasOwnProperty.call(cls, "fields")) continue;
    for (const [name, field] of Object.entries(cls.fields ?? {})) {
      fields.set(name, cls === model ? field : copy(field));
    }
  }
  return [...fields];
}

/**
 * Binds the managers the model and its abstract bases declare (`static objects = new
 * BookManager()`); with none, the model gets `objects`. The first declared is the default
 * manager; `_base_manager` is always a plain Manager (Django uses it for related lookups).
 */
function install_managers(model: ModelClass): void {
  const managers: Manager[] = [];
  for (const cls of lineage(model).reverse()) {
    for (const name of Object.getOwnPropertyNames(cls)) {
      const value = (cls as unknown as Record<string, unknown>)[name];
      if (!(value instanceof Manager) || name.startsWith("_") || managers.some((m) => m.name === name)) continue;
      const manager = (cls === model ? value : copy(value)).contribute_to_class(model, name);
      define(model, name, manager);
      managers.push(manager);
    }
  }
  if (managers.length === 0) {
    const objects = new Manager().contribute_to_class(model, "objects");
    define(model, "objects", objects);
    managers.push(objects);
  }
  define(model, "_default_manager", managers[0]);
  define(model, "_base_manager", new Manager().contribute_to_class(model, "_base_manager"));
}

/** A shallow copy keeping the class (Django copies fields and managers inherited from abstract bases). */
function copy<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
}

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

/**
 * A per-model exception class (`Book.DoesNotExist`). Built anonymously and named
 * afterwards: a class expression named like its base confuses bundlers' renaming.
 */
function exceptionClass<T extends abstract new (message: string) => Error>(base: T, name: string): T {
  const subclass = class extends (base as unknown as new (message: string) => Error) {};
  Object.defineProperty(subclass, "name", { value: name });
  return subclass as unknown as T;
}

let active: Apps | undefined;

/** Makes `apps` the active registry: Project.activate() passes its own. */
export function set_active_apps(apps: Apps): void {
  active = apps;
}

/** Django's `django.apps.apps`: the active project's registry, e.g. to find a model by its label. */
export function active_apps(): Apps {
  if (!active) throw new ImproperlyConfigured("No app registry yet: the project is not loaded.");
  return active;
}

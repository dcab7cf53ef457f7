/**
 * Model (Django: db/models/base.py). Learners subclass it with `static fields = {...}`;
 * registration on an Apps instance gives the class its `_meta`, `objects` and exceptions.
 */
import { ImproperlyConfigured, type MultipleObjectsReturned, type ObjectDoesNotExist, ValueError } from "../../core/exceptions";
import type { RelationUse } from "../../core/trace";
import { get_deferred_fields } from "./deferred";
import { Collector } from "./deletion";
import type { Field } from "./fields";
import type { Manager } from "./manager";
import { getAttr, type ModelClass, setAttr } from "./model_class";
import type { Options } from "./options";
import { compileInsert, compileUpdate } from "./sql/compiler";
import { Query } from "./sql/query";
import { post_init, post_save, pre_init, pre_save } from "./signals";
import { clean_fields, full_clean, validate_unique } from "./validation";

/**
 * Per-instance ORM state (Django's ModelState). The related-object cache (Django's
 * `fields_cache` dict) is read and written through the methods below. Most instances cache
 * one relation at most (the author of each book of a select_related or prefetch_related
 * query), so the first one is kept in two slots here and only a second one makes a record:
 * one object fewer per row of the queries that load the most rows.
 */
export class ModelState {
  /** True until the instance is saved or loaded from the database. */
  adding: boolean;
  /** The database it was loaded from or saved to ("default"), null until then (Django's _state.db). */
  db: string | null;
  /** Set when the instance came from a query that returned more than one row (N+1 detection). */
  from_multi_row: boolean;
  private first_name: string | undefined = undefined;
  private first_value: Model | null = null;
  private more: Record<string, Model | null> | undefined = undefined;
  private _prefetched?: Map<string, Model[]>;
  /** Relations loaded ahead for this instance, by name (see relation_uses.ts); shared by the rows of one query. */
  relation_uses?: ReadonlyMap<string, RelationUse>;

  constructor(adding: boolean, from_multi_row = false) {
    this.adding = adding;
    this.db = adding ? null : "default";
    this.from_multi_row = from_multi_row;
  }

  /** The related instance cached under `name` (null: known to be none), or undefined if none is cached. */
  get_cached(name: string): Model | null | undefined {
    if (this.first_name === name) return this.first_value;
    const more = this.more;
    return more !== undefined && Object.hasOwn(more, name) ? more[name] : undefined;
  }

  /** Caches the related instance (or null) under `name`. */
  set_cached(name: string, value: Model | null): void {
    const first_free = this.first_name === undefined && (this.more === undefined || !Object.hasOwn(this.more, name));
    if (this.first_name === name || first_free) {
      this.first_name = name;
      this.first_value = value;
    } else {
      (this.more ??= {})[name] = value;
    }
  }

  /** Forgets the related instance cached under `name`. */
  delete_cached(name: string): void {
    if (this.first_name === name) {
      this.first_name = undefined;
      this.first_value = null;
    } else if (this.more !== undefined && Object.hasOwn(this.more, name)) {
      const { [name]: _forgotten, ...rest } = this.more;
      this.more = rest;
    }
  }

  /** Forgets every cached related instance. */
  clear_cached(): void {
    this.first_name = undefined;
    this.first_value = null;
    this.more = undefined;
  }

  /** Results of prefetch_related, by accessor name. */
  get prefetched(): Map<string, Model[]> {
    return (this._prefetched ??= new Map());
  }
}

/** Where an instance keeps its ModelState: a symbol, so it is never enumerated with the fields. */
const STATE = Symbol("ModelState");

/** Passed to the constructor by the ORM when it builds an instance from a row. */
export const FROM_DB: Record<string, unknown> = Object.freeze({});
/** As FROM_DB, for a row of a query that returned several rows (for N+1 detection). */
export const FROM_DB_MULTI: Record<string, unknown> = Object.freeze({});

/** The class of a registered model. */
function modelClass(instance: Model): ModelClass {
  const cls = instance.constructor as ModelClass;
  if (!Object.prototype.hasOwnProperty.call(cls, "_meta")) {
    throw new ImproperlyConfigured(
      `Model class ${cls.name} isn't registered: add its app to INSTALLED_APPS and export the class from <app>/models.ts.`);
  }
  return cls;
}

/** Base class of every model. */
export class Model {
  // `static fields = {...}` and `static Meta = {...}` are read from subclasses (see ModelClass);
  // they are not declared here so that learners need no `override` keyword.
  declare static _meta: Options;
  /** Raised by get() when nothing matches; each model has its own subclass. */
  declare static DoesNotExist: typeof ObjectDoesNotExist;
  /** Raised by get() when several rows match; each model has its own subclass. */
  declare static MultipleObjectsReturned: typeof MultipleObjectsReturned;
  declare static objects: Manager<Model>;
  /** The first manager the model declares. */
  declare static _default_manager: Manager<Model>;
  /** A plain Manager (internal lookups ignore what custom managers filter out). */
  declare static _base_manager: Manager<Model>;
  /** The primary key column of the implicit `id` field. */
  declare id: number;
  declare [STATE]: ModelState;

  /** `new Book({ title: "Dune", author })`: unknown names raise TypeError, missing ones get defaults. */
  constructor(kwargs: Record<string, unknown> = {}) {
    if (kwargs === FROM_DB || kwargs === FROM_DB_MULTI) {
      // Built by the ORM from a row (a registered model), which then fills the values and
      // sends post_init. The hot path of every query, so signals are sent only if connected.
      this[STATE] = new ModelState(false, kwargs === FROM_DB_MULTI);
      if (pre_init.has_receivers) pre_init.send(this.constructor, { args: [], kwargs: {} });
      return;
    }
    const cls = modelClass(this);
    this[STATE] = new ModelState(true);
    if (pre_init.has_receivers) pre_init.send(cls, { args: [], kwargs });
    this.init_fields(cls, kwargs);
    if (post_init.has_receivers) post_init.send(cls, { instance: this });
  }

  private init_fields(cls: ModelClass, kwargs: Record<string, unknown>): void {
    const fields = cls._meta.fields;
    let matched = 0;
    for (const field of fields) {
      const byName = Object.hasOwn(kwargs, field.name);
      const byAttname = field.attname !== field.name && Object.hasOwn(kwargs, field.attname);
      if (byName) setAttr(this, field.name, kwargs[field.name]);
      else if (field.is_relation && byAttname) setAttr(this, field.attname, kwargs[field.attname]);
      else setAttr(this, field.attname, field.get_default());
      matched += Number(byName) + Number(byAttname);
    }
    // Names that are no field's: the pk, a property with a setter, or a mistake.
    if (matched === Object.keys(kwargs).length) return;
    const known = new Set(fields.flatMap((field) => [field.name, field.attname]));
    for (const [name, value] of Object.entries(kwargs)) {
      if (known.has(name)) continue;
      if (name === "pk" || hasSetter(this, name)) {
        setAttr(this, name, value);
      } else {
        throw new TypeError(`${cls.name}() got an unexpected keyword argument '${name}'`);
      }
    }
  }

  /** Django's `_state`: adding, the related-object cache, prefetched results. */
  get _state(): ModelState {
    return this[STATE];
  }

  /** The model's options (same as the class's `_meta`). */
  get _meta(): Options {
    return modelClass(this)._meta;
  }

  /** The primary key value. */
  get pk(): unknown {
    return getAttr(this, this._meta.pk.attname);
  }

  set pk(value: unknown) {
    setAttr(this, this._meta.pk.attname, value);
  }

  /** Saves the instance: UPDATE if it has a pk and the row exists, else INSERT (as Django decides). */
  save(options: { update_fields?: string[]; force_insert?: boolean } = {}): void {
    if (options.update_fields?.length === 0) return;
    const loaded = options.update_fields || options.force_insert ? undefined : this.loaded_fields();
    this.save_base(loaded ? { ...options, update_fields: loaded } : options);
  }

  /**
   * Django's save_base: the signals around the row's write. `raw` is loaddata's: the
   * values are stored as they are (no auto_now, no field pre_save), and the signals say so.
   */
  save_base(options: { update_fields?: string[]; force_insert?: boolean; raw?: boolean } = {}): void {
    const cls = modelClass(this);
    const raw = options.raw ?? false;
    const update_fields = options.update_fields ? new Set(options.update_fields) : null;
    pre_save.send(cls, { instance: this, raw, using: "default", update_fields });
    const created = this.save_table(options);
    post_save.send(cls, { instance: this, created, raw, using: "default", update_fields });
  }

  /** A deferred instance saves only its loaded fields (by attname), as Django does; undefined when nothing is deferred. */
  private loaded_fields(): string[] | undefined {
    const deferred = get_deferred_fields(this);
    if (deferred.size === 0 || this._state.adding) return undefined;
    const loaded = this._meta.fields.filter((f) => !f.primary_key && !deferred.has(f.attname)).map((f) => f.attname);
    return loaded.length ? loaded : undefined;
  }

  /** Writes the row (Django: _save_table); true when it was an INSERT. */
  private save_table(options: { update_fields?: string[]; force_insert?: boolean; raw?: boolean }): boolean {
    const meta = this._meta;
    const connection = meta.apps.connection;
    const add = this._state.adding;
    for (const field of meta.foreign_keys) this.syncRelatedKey(field);
    const fields = meta.fields.filter((f) => !options.update_fields || f.primary_key
      || options.update_fields.includes(f.name) || options.update_fields.includes(f.attname));
    const values = new Map(fields.map((f) => [f, options.raw ? getAttr(this, f.attname) : f.pre_save(this, add)]));
    const pkSet = this.pk !== null && this.pk !== undefined;
    let updated = false;
    if (pkSet && !options.force_insert && !(add && meta.pk.has_default())) {
      const query = new Query(modelClass(this));
      query.add_filter("pk", this.pk);
      const sets = fields.filter((f) => !f.primary_key)
        .map((f): [Field, { kind: "value"; value: unknown }] => [f, { kind: "value", value: values.get(f) }]);
      if (sets.length) {
        const { sql, params } = compileUpdate(query, sets);
        updated = connection.execute(sql, params).rowsModified > 0;
      } else {
        updated = true;
      }
      if (options.update_fields && !updated) {
        throw new Error(`Save with update_fields did not affect any rows: no ${meta.object_name} with pk ${String(this.pk)}.`);
      }
    }
    if (!updated) {
      const insertFields = fields.filter((f) => !(f.primary_key && (this.pk === null || this.pk === undefined)));
      const { sql, params } = compileInsert(modelClass(this), insertFields,
        insertFields.map((f) => f.get_db_prep_value(values.get(f))));
      const result = connection.execute(sql, params);
      if (!pkSet) this.pk = result.lastInsertRowid;
    }
    this._state.adding = false;
    this._state.db = "default";
    return !updated;
  }

  /** Deletes the row and, as on_delete says, rows that point at it. Returns [total, per-model counts]. */
  delete(): [number, Record<string, number>] {
    if (this.pk === null || this.pk === undefined) {
      throw new ValueError(`${this.constructor.name} object can't be deleted because its ${this._meta.pk.attname} attribute is set to None.`);
    }
    const collector = new Collector(this._meta.apps.connection);
    collector.collect([this]);
    return collector.delete();
  }

  /**
   * Reloads field values from the database and forgets cached relations; `{ fields }`
   * reloads only those (a deferred instance reloads only its loaded fields).
   */
  refresh_from_db(options: { fields?: string[] } = {}): void {
    const cls = modelClass(this);
    const deferred = get_deferred_fields(this);
    const fields = options.fields
      ?? (deferred.size ? cls._meta.fields.filter((f) => !deferred.has(f.attname)).map((f) => f.attname) : undefined);
    const queryset = cls._base_manager.filter({ pk: this.pk });
    const fresh = (fields ? queryset.only(...fields) : queryset).get();
    const notLoaded = get_deferred_fields(fresh);
    for (const field of cls._meta.fields) {
      if (notLoaded.has(field.attname)) continue;
      setAttr(this, field.attname, getAttr(fresh, field.attname));
      if (field.is_relation) this._state.delete_cached(field.name);
    }
    if (options.fields) return;
    this._state.clear_cached();
    this._state.prefetched.clear();
  }

  /** The attnames of fields only()/defer() left unloaded. */
  get_deferred_fields(): Set<string> {
    return get_deferred_fields(this);
  }

  /** Validates every field, then clean(), then uniqueness; raises ValidationError with messages by field name. */
  full_clean(options: { exclude?: string[]; validate_unique?: boolean } = {}): void {
    full_clean(this, options);
  }

  /** Cleans each field (to_python, null/blank/choices, validators), keeping the cleaned values. */
  clean_fields(options: { exclude?: string[] } = {}): void {
    clean_fields(this, options.exclude);
  }

  /** Checks unique fields and unique_together with one query each. */
  validate_unique(options: { exclude?: string[] } = {}): void {
    validate_unique(this, options.exclude);
  }

  /** Keeps `<fk>_id` in step with an assigned related instance that was saved after assignment. */
  private syncRelatedKey(field: Field): void {
    const cached = this._state.get_cached(field.name);
    if (cached && getAttr(this, field.attname) !== cached.pk) setAttr(this, field.attname, cached.pk);
    if (cached && (cached.pk === null || cached.pk === undefined)) {
      throw new ValueError(`save() prohibited to prevent data loss due to unsaved related object '${field.name}'.`);
    }
  }
}

// Django's `__str__`: "Book object (1)" unless overridden. Defined outside the class body so
// that a learner's `toString()` needs no `override` keyword.
Object.defineProperty(Model.prototype, "toString", {
  configurable: true,
  writable: true,
  value: function toString(this: Model): string {
    return `${this.constructor.name} object (${this.pk === null || this.pk === undefined ? "None" : String(this.pk)})`;
  },
});

// Django's `clean()` hook: checks across fields, a no-op unless a model defines it (outside
// the class body, like toString, so a learner's `clean()` needs no `override`).
Object.defineProperty(Model.prototype, "clean", { configurable: true, writable: true, value: function clean(): void {} });

function hasSetter(instance: object, name: string): boolean {
  for (let proto = Object.getPrototypeOf(instance); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return Boolean(descriptor.set);
  }
  return false;
}

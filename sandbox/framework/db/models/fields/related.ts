/**
 * ForeignKey and its reverse side (Django: db/models/fields/related.py and reverse_related.py).
 * The target may be a class or a string ("Author", "books.Author", "self") resolved when
 * the app registry is populated.
 */
import { ImproperlyConfigured } from "../../../core/exceptions";
import type { Model } from "../base";
import type { OnDelete } from "../deletion";
import type { ModelClass } from "../model_class";
import { Field, type Deconstructed, type FieldOptions } from "./index";

/** ForeignKey's options: `on_delete` is required, as in Django. */
export interface ForeignKeyOptions extends FieldOptions {
  on_delete: OnDelete;
  /** The name of the reverse accessor on the target (default `<model>_set`); "+" for none. */
  related_name?: string;
  /** The name used in queries from the target (default: related_name, else the model name). */
  related_query_name?: string;
}

/** A many-to-one relation, stored as `<name>_id`. */
export class ForeignKey extends Field {
  override readonly is_relation = true;
  readonly on_delete: OnDelete;
  readonly related_name?: string;
  readonly related_query_name?: string;
  /** The class or the string given; `related_model` is the resolved class. */
  readonly to: ModelClass | string;
  private resolved?: ModelClass;

  constructor(to: ModelClass | string, options: ForeignKeyOptions) {
    super({ db_index: true, ...options });
    if (typeof options?.on_delete !== "function") {
      throw new TypeError(
        "ForeignKey requires on_delete, e.g. models.ForeignKey(Author, { on_delete: models.CASCADE }).");
    }
    this.to = to;
    this.on_delete = options.on_delete;
    this.related_name = options.related_name;
    this.related_query_name = options.related_query_name;
  }

  /** The model this key points at (available once the registry is populated). */
  get related_model(): ModelClass {
    if (!this.resolved) {
      throw new ImproperlyConfigured(
        `${String(this)} points at '${typeof this.to === "string" ? this.to : this.to.name}', which is not resolved yet: ` +
        "is its app in INSTALLED_APPS?");
    }
    return this.resolved;
  }

  /** The field on the target this key stores (its primary key). */
  get target_field(): Field {
    return this.related_model._meta.pk;
  }

  /** Called by the registry once the target model is known. */
  resolve(model: ModelClass): void {
    this.resolved = model;
  }

  override get_attname(): string {
    return `${this.name}_id`;
  }

  db_type(): string {
    return this.target_field.db_type();
  }

  /** `ForeignKey("books.author", { on_delete, ... })`: the target as a lower-case label. */
  override deconstruct(): Deconstructed {
    const { kwargs } = super.deconstruct();
    if (this.db_index) delete kwargs.db_index;
    else kwargs.db_index = false;
    kwargs.on_delete = this.on_delete;
    if (this.related_name !== undefined) kwargs.related_name = this.related_name;
    if (this.related_query_name !== undefined) kwargs.related_query_name = this.related_query_name;
    const to = typeof this.to === "string"
      ? (this.to === "self" || this.to.includes(".") ? this.to : this.to.toLowerCase())
      : this.to._meta?.label_lower ?? this.to.name.toLowerCase();
    return { path: this.constructor.name, args: [this.resolved?._meta.label_lower ?? to], kwargs };
  }

  /** Accepts an instance of the target (its pk is stored) or a raw key. */
  override get_db_prep_value(value: unknown): unknown {
    if (value !== null && typeof value === "object" && "pk" in value) return (value as Model).pk;
    return this.target_field.get_db_prep_value(value);
  }

  override to_python(value: unknown): unknown {
    return this.target_field.to_python(value);
  }
}

/** What a reverse relation reads of its field. */
interface RelationField {
  readonly model: ModelClass;
  readonly related_model: ModelClass;
  readonly related_name?: string;
  readonly related_query_name?: string;
}

/**
 * The reverse side of a relation field, as the target model sees it (Django's
 * ForeignObjectRel): `author.books`, `Author.objects.filter(books__...)`.
 */
export abstract class ForeignObjectRel<F extends RelationField> {
  readonly is_relation = true;
  readonly concrete = false;

  constructor(readonly field: F) {}

  /** The model the field points at (where the accessor lives). */
  get model(): ModelClass {
    return this.field.related_model;
  }

  /** The model that declares the field. */
  get related_model(): ModelClass {
    return this.field.model;
  }

  /** The name in queries: related_query_name, else related_name, else the model name. */
  get name(): string {
    return this.field.related_query_name ?? this.field.related_name ?? this.field.model._meta.model_name;
  }

  /** The instance attribute on the target: related_name, else `<model>_set`. */
  get accessor_name(): string {
    return this.field.related_name ?? `${this.field.model._meta.model_name}_set`;
  }

  /** Django's `is_hidden()`: related_name ending in "+" means no reverse accessor. */
  is_hidden(): boolean {
    return this.field.related_name?.endsWith("+") ?? false;
  }
}

/** The reverse side of a ForeignKey: `author.books` and `Author.objects.filter(books__...)`. */
export class ManyToOneRel extends ForeignObjectRel<ForeignKey> {}

/** A one-to-one relation: a unique ForeignKey whose reverse side is one object (`author.profile`). */
export class OneToOneField extends ForeignKey {
  constructor(to: ModelClass | string, options: ForeignKeyOptions) {
    super(to, { ...options, unique: true });
  }
}

/** The reverse side of a OneToOneField: `author.profile` is an instance, not a manager. */
export class OneToOneRel extends ManyToOneRel {
  /** The instance attribute on the target: related_name, else the model name. */
  override get accessor_name(): string {
    return this.field.related_name ?? this.field.model._meta.model_name;
  }
}

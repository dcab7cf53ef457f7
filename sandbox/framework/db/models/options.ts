/**
 * A model's `_meta` (Django: db/models/options.py): its table, its fields in order, its
 * primary key, its default ordering and the relations that point at it.
 */
import { FieldDoesNotExist } from "../../core/exceptions";
import type { Apps } from "../../apps/registry";
import type { Field } from "./fields";
import type { ManyToManyField, ManyToManyRel } from "./fields/many_to_many";
import type { ForeignKey, ManyToOneRel } from "./fields/related";
import type { BaseConstraint } from "./constraints";
import type { Index } from "./indexes";
import type { MetaOptions, ModelClass } from "./model_class";

/** Everything the ORM knows about one model. */
export class Options {
  readonly model: ModelClass;
  readonly apps: Apps;
  readonly app_label: string;
  readonly object_name: string;
  readonly model_name: string;
  readonly db_table: string;
  readonly ordering: readonly string[];
  readonly verbose_name: string;
  readonly verbose_name_plural: string;
  readonly unique_together: ReadonlyArray<readonly string[]>;
  readonly get_latest_by?: string;
  readonly indexes: readonly Index[];
  readonly constraints: readonly BaseConstraint[];
  /** Concrete fields, the primary key first, then in declaration order. */
  readonly fields: Field[] = [];
  /** Reverse relations: the foreign keys of other models that point here (hidden ones too, for deletes). */
  readonly related_objects: ManyToOneRel[] = [];
  /** Many-to-many fields declared here (they have no column). */
  readonly many_to_many: ManyToManyField[] = [];
  /** Reverse sides of other models' many-to-many fields that point here. */
  readonly related_many_to_many: ManyToManyRel[] = [];
  /** For an automatic through model: the model whose ManyToManyField created it (Django: auto_created). */
  auto_created?: ModelClass;
  declare pk: Field;

  constructor(model: ModelClass, app_label: string, meta: MetaOptions, apps: Apps) {
    this.model = model;
    this.apps = apps;
    this.app_label = app_label;
    this.object_name = model.name;
    this.model_name = model.name.toLowerCase();
    this.db_table = meta.db_table ?? `${app_label}_${this.model_name}`;
    this.ordering = meta.ordering ?? [];
    this.verbose_name = meta.verbose_name ?? model.name.replace(/(?<=[a-z0-9])([A-Z])/g, " $1").toLowerCase();
    this.verbose_name_plural = meta.verbose_name_plural ?? `${this.verbose_name}s`;
    this.unique_together = meta.unique_together ?? [];
    this.get_latest_by = meta.get_latest_by;
    this.indexes = meta.indexes ?? [];
    this.constraints = meta.constraints ?? [];
  }

  /** "books.Book" */
  get label(): string {
    return `${this.app_label}.${this.object_name}`;
  }

  /** "books.book" */
  get label_lower(): string {
    return `${this.app_label}.${this.model_name}`;
  }

  /** Adds a field keeping Django's order (by creation counter). */
  add_field(field: Field): void {
    this.fields.push(field);
    this.fields.sort((a, b) => a.creation_counter - b.creation_counter);
    if (field.primary_key) this.pk = field;
  }

  /** Forward foreign keys of this model. */
  get foreign_keys(): ForeignKey[] {
    return this.fields.filter((f): f is ForeignKey => f.is_relation);
  }

  /** A field or reverse relation by name (reverse relations by their query name). */
  get_field(name: string): Field | ManyToOneRel | ManyToManyRel {
    const field = this.fields.find((f) => f.name === name)
      ?? this.many_to_many.find((f) => f.name === name)
      ?? this.related_objects.find((r) => !r.is_hidden() && r.name === name)
      ?? this.related_many_to_many.find((r) => !r.is_hidden() && r.name === name);
    if (!field) throw new FieldDoesNotExist(`${this.object_name} has no field named '${name}'`);
    return field;
  }

  /** Names a query may use on this model, sorted, for "Choices are: ..." messages. */
  query_names(): string[] {
    const names = [...this.fields.flatMap((f) => [f.name, f.attname]), ...this.many_to_many.map((f) => f.name),
      ...this.related_objects.filter((r) => !r.is_hidden()).map((r) => r.name), ...this.related_many_to_many.filter((r) => !r.is_hidden()).map((r) => r.name)];
    return [...new Set(names)].sort();
  }

  toString(): string {
    return this.label_lower;
  }
}

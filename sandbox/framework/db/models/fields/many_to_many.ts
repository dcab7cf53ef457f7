/**
 * ManyToManyField and its reverse side (Django: ManyToManyField in fields/related.py and
 * ManyToManyRel in reverse_related.py). The rows live in a through model: one the
 * registry creates (`<app>_<model>_<field>`, as Django names it) or the one given.
 */
import { ImproperlyConfigured } from "../../../core/exceptions";
import type { ModelClass } from "../model_class";
import { type Deconstructed, Field, type FieldOptions } from "./index";
import { ForeignObjectRel, type ForeignKey } from "./related";

/** ManyToManyField's options. */
export interface ManyToManyOptions extends Pick<FieldOptions, "blank" | "verbose_name" | "help_text" | "editable" | "db_column"> {
  /** The reverse accessor on the target (default `<model>_set`); "+" for none. */
  related_name?: string;
  related_query_name?: string;
  /** An explicit intermediate model (class or name) with a ForeignKey to each side. */
  through?: ModelClass | string;
  /** Relations to "self" are symmetrical unless this is false (friends of friends). */
  symmetrical?: boolean;
  /** `db_table` of the automatic through model. */
  db_table?: string;
}

/** A many-to-many relation: `tags = models.ManyToManyField(Tag, { related_name: "books" })`. */
export class ManyToManyField extends Field {
  override readonly is_relation = true;
  override readonly concrete = false;
  readonly to: ModelClass | string;
  readonly related_name?: string;
  readonly related_query_name?: string;
  readonly through_option?: ModelClass | string;
  readonly symmetrical_option?: boolean;
  readonly db_table_option?: string;
  private resolved?: { target: ModelClass; through: ModelClass; source_key: ForeignKey; target_key: ForeignKey };

  constructor(to: ModelClass | string, options: ManyToManyOptions = {}) {
    super({ ...options, blank: options.blank ?? false });
    this.to = to;
    this.related_name = options.related_name;
    this.related_query_name = options.related_query_name;
    this.through_option = options.through;
    this.symmetrical_option = options.symmetrical;
    this.db_table_option = options.db_table;
  }

  /** Called by the registry once the target and the through model are known. */
  resolve(target: ModelClass, through: ModelClass, source_key: ForeignKey, target_key: ForeignKey): void {
    this.resolved = { target, through, source_key, target_key };
  }

  private get links() {
    if (!this.resolved) throw new ImproperlyConfigured(`${String(this)} is not resolved yet: is its target's app in INSTALLED_APPS?`);
    return this.resolved;
  }

  /** The model on the other side. */
  get related_model(): ModelClass {
    return this.links.target;
  }

  /** The intermediate model holding one row per link. */
  get through(): ModelClass {
    return this.links.through;
  }

  /** The through model's key to this field's model (Django: m2m_field_name()). */
  get source_key(): ForeignKey {
    return this.links.source_key;
  }

  /** The through model's key to the target (Django: m2m_reverse_field_name()). */
  get target_key(): ForeignKey {
    return this.links.target_key;
  }

  /** A relation to "self" is symmetrical by default: adding b to a's friends adds a to b's. */
  get symmetrical(): boolean {
    return this.symmetrical_option ?? this.to === "self";
  }

  db_type(): string {
    return "";
  }

  /**
   * `ManyToManyField("books.tag", { through: "books.tagging", ... })` for migrations: the
   * target as a lower-case label; `through` only when given, as Django leaves out automatic ones.
   */
  override deconstruct(): Deconstructed {
    const { kwargs } = super.deconstruct();
    if (this.related_name !== undefined) kwargs.related_name = this.related_name;
    if (this.related_query_name !== undefined) kwargs.related_query_name = this.related_query_name;
    if (this.db_table_option !== undefined) kwargs.db_table = this.db_table_option;
    if (this.through_option !== undefined) kwargs.through = this.resolved?.through._meta.label_lower ?? model_label(this.through_option);
    return { path: "ManyToManyField", args: [this.resolved?.target._meta.label_lower ?? model_label(this.to)], kwargs };
  }
}

/** A relation's model as written in a migration: "books.tag", or a bare name lower-cased, or "self". */
function model_label(to: ModelClass | string): string {
  if (typeof to !== "string") return to._meta?.label_lower ?? to.name.toLowerCase();
  return to === "self" || to.includes(".") ? to : to.toLowerCase();
}

/** The reverse side of a ManyToManyField: `tag.books` and `Tag.objects.filter(books__title=...)`. */
export class ManyToManyRel extends ForeignObjectRel<ManyToManyField> {
  /**
   * The name in queries: related_query_name, else related_name, else the model name; a
   * hidden relation gets a name nobody types, used only by its managers (Django: `<field>_rel_+`).
   */
  override get name(): string {
    if (!this.field.related_query_name && this.is_hidden()) return `${this.field.model._meta.model_name}_${this.field.name}_rel_+`;
    return super.name;
  }

  /** related_name ending in "+" (and symmetrical relations) have no reverse accessor. */
  override is_hidden(): boolean {
    return super.is_hidden() || this.field.symmetrical;
  }
}

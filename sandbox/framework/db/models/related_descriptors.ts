/**
 * Attribute access to relations (Django: db/models/fields/related_descriptors.py):
 * `book.author` loads lazily and caches; `author.books` is a manager of the author's books.
 */
import type { Model } from "./base";
import { ValueError } from "../../core/exceptions";
import { OneToOneField, OneToOneRel, type ForeignKey, type ManyToOneRel } from "./fields/related";
import { Manager } from "./manager";
import { getAttr, setAttr } from "./model_class";
import { QuerySet, type Lookups } from "./query";
import { mark_relation_used } from "./relation_uses";

/** Defines `book.author` (get: lazy load + cache, set: instance or null) on the model's prototype. */
export function install_forward_descriptor(field: ForeignKey): void {
  Object.defineProperty(field.model.prototype, field.name, {
    configurable: true,
    get(this: Model): Model | null {
      const state = this._state;
      const key = getAttr(this, field.attname);
      const cached = state.get_cached(field.name);
      if (cached !== undefined && (cached === null ? key === null : cached.pk === key)) {
        mark_relation_used(this, field.name);
        return cached;
      }
      if (key === null || key === undefined) return null;
      const queryset = new QuerySet<Model>(field.related_model);
      if (this._state.from_multi_row) {
        queryset._nPlusOne = { relation: String(field), fix: `select_related("${field.name}")` };
      }
      const related = queryset.get({ [field.target_field.name]: key });
      state.set_cached(field.name, related);
      if (field instanceof OneToOneField) related._state.set_cached(reverse_cache_name(field), this);
      return related;
    },
    set(this: Model, value: unknown): void {
      if (value !== null && value !== undefined && !(value instanceof field.related_model)) {
        throw new ValueError(
          `Cannot assign "${String(value)}": "${field.model.name}.${field.name}" must be a "${field.related_model.name}" instance.`);
      }
      const related = (value ?? null) as Model | null;
      this._state.set_cached(field.name, related);
      if (related && field instanceof OneToOneField) related._state.set_cached(reverse_cache_name(field), this);
      setAttr(this, field.attname, related ? related.pk : null);
    },
  });
}

/** Where a one-to-one's target caches the instance that points at it (under the reverse accessor's name). */
function reverse_cache_name(field: ForeignKey): string {
  return new OneToOneRel(field).accessor_name;
}

/**
 * Defines `author.profile` for a OneToOneField: the one related instance, loaded lazily and
 * cached; `Author.profile.RelatedObjectDoesNotExist` (a Profile.DoesNotExist) when there is none.
 */
function install_reverse_one_to_one(rel: OneToOneRel): void {
  const name = rel.accessor_name;
  const RelatedObjectDoesNotExist = class extends rel.related_model.DoesNotExist {};
  Object.defineProperty(RelatedObjectDoesNotExist, "name", { value: "RelatedObjectDoesNotExist" });
  Object.defineProperty(rel.model.prototype, name, {
    configurable: true,
    get(this: Model): Model {
      const state = this._state;
      let related = state.get_cached(name);
      if (related === undefined) {
        related = this.pk === null || this.pk === undefined ? null : get_or_null(rel, this.pk);
        if (related) related._state.set_cached(rel.field.name, this);
        state.set_cached(name, related);
      }
      if (!related) throw new RelatedObjectDoesNotExist(`${rel.model.name} has no ${name}.`);
      return related;
    },
    set(this: Model, value: Model | null): void {
      this._state.set_cached(name, value);
      if (value) setAttr(value, rel.field.name, this);
    },
  });
}

function get_or_null(rel: OneToOneRel, pk: unknown): Model | null {
  try {
    return new QuerySet<Model>(rel.related_model).get({ [rel.field.name]: pk });
  } catch (error) {
    if (error instanceof rel.related_model.DoesNotExist) return null;
    throw error;
  }
}

/** Defines `author.books` (or `author.book_set`; `author.profile` for a one-to-one) on the target model's prototype. */
export function install_reverse_descriptor(rel: ManyToOneRel): void {
  if (rel instanceof OneToOneRel) return install_reverse_one_to_one(rel);
  Object.defineProperty(rel.model.prototype, rel.accessor_name, {
    configurable: true,
    get(this: Model): RelatedManager {
      return new RelatedManager(this, rel);
    },
  });
}

/** The manager behind `author.books`: the author's books, plus create() that sets the key. */
export class RelatedManager extends Manager<Model> {
  readonly instance: Model;
  readonly rel: ManyToOneRel;

  constructor(instance: Model, rel: ManyToOneRel) {
    super(rel.related_model);
    this.instance = instance;
    this.rel = rel;
  }

  override get_queryset(): QuerySet<Model> {
    const prefetched = this.instance._state.prefetched.get(this.rel.accessor_name);
    if (prefetched) {
      mark_relation_used(this.instance, this.rel.accessor_name);
      return QuerySet.from_results(this.model, prefetched, this.core_filter());
    }
    const queryset = new QuerySet<Model>(this.model).filter(this.core_filter());
    if (this.instance._state.from_multi_row) {
      queryset._nPlusOne = {
        relation: `${this.rel.model._meta.label}.${this.rel.accessor_name}`,
        fix: `prefetch_related("${this.rel.accessor_name}")`,
      };
    }
    return queryset;
  }

  private core_filter(): Lookups {
    if (this.instance.pk === null || this.instance.pk === undefined) {
      throw new ValueError(`'${this.instance.constructor.name}' instance needs to have a primary key value before this relationship can be used.`);
    }
    return { [this.rel.field.name]: this.instance.pk };
  }

  override create(kwargs: Lookups = {}): Model {
    return super.create({ ...kwargs, [this.rel.field.name]: this.instance });
  }
}

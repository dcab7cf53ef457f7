/**
 * The automatic intermediate model of a ManyToManyField (Django:
 * create_many_to_many_intermediary_model): `Book_tags` in table `orm_book_tags` with
 * `book` and `tag` keys (`from_x`/`to_x` for relations to self), unique together.
 */
import { Model } from "./base";
import { ForeignKey } from "./fields/related";
import type { ManyToManyField } from "./fields/many_to_many";
import { CASCADE } from "./deletion";
import type { ModelClass } from "./model_class";

/** Builds (unregistered) the through model of `field`, whose target is `target`. */
export function create_through_model(field: ManyToManyField, target: ModelClass): ModelClass {
  const source = field.model;
  const name = `${source._meta.object_name}_${field.name}`;
  let from = source._meta.model_name;
  let to = target._meta.model_name;
  if (from === to) {
    from = `from_${from}`;
    to = `to_${to}`;
  }
  const through = class extends Model {} as unknown as ModelClass;
  Object.defineProperty(through, "name", { value: name });
  Object.defineProperty(through, "fields", {
    value: {
      [from]: new ForeignKey(source, { on_delete: CASCADE, related_name: `${name}+` }),
      [to]: new ForeignKey(target, { on_delete: CASCADE, related_name: `${name}+` }),
    },
  });
  Object.defineProperty(through, "Meta", {
    value: {
      db_table: field.db_table_option ?? `${source._meta.db_table}_${field.name}`,
      unique_together: [[from, to]],
      verbose_name: `${from}-${to} relationship`,
      verbose_name_plural: `${from}-${to} relationships`,
    },
  });
  return through;
}

/** The through model's keys to the source and to the target (for explicit through models, the first key to each). */
export function through_keys(through: ModelClass, source: ModelClass, target: ModelClass): [ForeignKey, ForeignKey] {
  const keys = through._meta.foreign_keys;
  const from = keys.find((k) => k.related_model === source);
  const to = keys.find((k) => k.related_model === target && k !== from);
  if (!from || !to) {
    throw new TypeError(`The through model ${through._meta.label} needs a ForeignKey to ${source._meta.object_name} and one to ${target._meta.object_name}.`);
  }
  return [from, to];
}

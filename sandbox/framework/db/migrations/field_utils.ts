/**
 * Fields as migrations see them: rebuilt from deconstruct() (Django: field.clone()) and
 * compared by what they deconstruct to (Django: deep_deconstruct in the autodetector).
 */
import * as models from "../models";
import type { Deconstructed, Field } from "../models/fields";
import type { ModelClass } from "../models/model_class";

type Factory = (...args: unknown[]) => Field;

/** A fresh, unbound copy of `field` (Django: Field.clone()). */
export function clone_field(field: Field): Field {
  return build_field(field.deconstruct());
}

/** The field `models[path](...args, kwargs)` builds. */
export function build_field({ path, args, kwargs }: Deconstructed): Field {
  const factory = (models as unknown as Record<string, Factory | undefined>)[path];
  if (typeof factory !== "function") throw new TypeError(`Cannot rebuild a field: models.${path} does not exist.`);
  return factory(...args, strip_migration_only(kwargs));
}

/** The concrete field `name` of a (rendered) model. */
export function concrete_field(model: ModelClass, name: string): Field {
  const field = model._meta.fields.find((f) => f.name === name);
  if (!field) throw new TypeError(`${model._meta.label} has no field named '${name}' at this point of the migration history.`);
  return field;
}

/** The field `name` of a (rendered) model, many-to-many ones included (Django: _meta.get_field). */
export function local_field(model: ModelClass, name: string): Field {
  const field = model._meta.many_to_many.find((f) => f.name === name);
  return field ?? concrete_field(model, name);
}

/** auto_created and serialize are written in migrations but are not options of the field factories. */
function strip_migration_only(kwargs: Record<string, unknown>): Record<string, unknown> {
  const { auto_created: _auto, serialize: _serialize, ...rest } = kwargs;
  void _auto;
  void _serialize;
  return rest;
}

/** A stable text for comparing two fields' definitions; `ignore` drops options first. */
export function field_signature(field: Field, ignore: readonly string[] = []): string {
  const { path, args, kwargs } = field.deconstruct();
  const kept = Object.fromEntries(Object.entries(kwargs).filter(([k]) => !ignore.includes(k)).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([path, args, kept], (_key, value: unknown) =>
    typeof value === "function" ? `fn:${(value as { name: string }).name}` : value);
}

/** Options that do not change the database column (Django: _field_should_be_altered). */
export const NON_DB_ATTRS = ["blank", "db_column", "editable", "help_text", "on_delete", "related_name",
  "related_query_name", "verbose_name"] as const;

/** The related model label of a relation field ("books.author"), or undefined. */
export function relation_target(field: Field): string | undefined {
  if (!field.is_relation) return undefined;
  const target = field.deconstruct().args[0];
  return typeof target === "string" ? target : undefined;
}

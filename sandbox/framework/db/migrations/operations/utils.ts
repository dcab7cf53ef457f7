/** What an operation's field points at (Django: db/migrations/operations/utils.py). */
import type { Field } from "../../models/fields";

/** [app_label, model_name_lower] */
export type ModelTuple = readonly [string, string];

/**
 * Django's resolve_relation: a model label as a relation writes it ("books.author",
 * "Author", "self") as [app_label, model_name_lower], unscoped names in `app_label`.
 */
export function resolve_relation(label: string, app_label: string, model_name: string): ModelTuple {
  if (label === "self") return [app_label, model_name.toLowerCase()];
  const dot = label.indexOf(".");
  if (dot >= 0) return [label.slice(0, dot), label.slice(dot + 1).toLowerCase()];
  return [app_label, label.toLowerCase()];
}

const same = (a: ModelTuple, b: ModelTuple) => a[0] === b[0] && a[1] === b[1];

/**
 * Django's field_references: whether `field` of model `model_tuple` points at
 * `reference` through its target or its explicit through model. mvt's relations have
 * no to_field or through_fields, so a relation to a model references all its fields.
 */
export function field_references(model_tuple: ModelTuple, field: Field, reference: ModelTuple): boolean {
  if (!field.is_relation) return false;
  const { args, kwargs } = field.deconstruct();
  const [to] = args;
  const { through } = kwargs;
  return (typeof to === "string" && same(resolve_relation(to, ...model_tuple), reference)) ||
    (typeof through === "string" && same(resolve_relation(through, ...model_tuple), reference));
}

/**
 * Deferred fields (Django: DeferredAttribute in db/models/query_utils.py): a field left out
 * by only()/defer() is loaded from the database on first access, one query per field.
 */
import type { Model } from "./base";
import type { Field } from "./fields";

/** Makes `fields` of `instance` load on first read (Django: refresh_from_db(fields=[attname])). */
export function defer_fields(instance: Model, fields: Field[]): void {
  for (const field of fields) {
    Object.defineProperty(instance, field.attname, {
      configurable: true,
      get(this: Model): unknown {
        this.refresh_from_db({ fields: [field.attname] });
        return (this as unknown as Record<string, unknown>)[field.attname];
      },
      set(this: Model, value: unknown): void {
        Object.defineProperty(this, field.attname, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

/** The attnames of fields not loaded yet (Django: Model.get_deferred_fields()). */
export function get_deferred_fields(instance: Model): Set<string> {
  const deferred = new Set<string>();
  for (const field of instance._meta.fields) {
    if (Object.getOwnPropertyDescriptor(instance, field.attname)?.get) deferred.add(field.attname);
  }
  return deferred;
}

/**
 * Turning rows into results (Django: ModelIterable, ValuesIterable, ValuesListIterable in
 * db/models/query.py): model instances with their select_related parents, dicts, or tuples.
 */
import { FROM_DB, type Model } from "./base";
import { defer_fields } from "./deferred";
import { setAttr } from "./model_class";
import { post_init } from "./signals";
import type { CompiledSelect, KlassInfo } from "./sql/compiler";

/** How a QuerySet materialises rows. */
export type ResultKind = "model" | "values" | "values_list" | "flat";

/**
 * Builds the base instance of one row, and the select_related instances it joins
 * (cached on the parent as Django's fields_cache). `multi` marks instances that came from a
 * query that returned several rows, for N+1 detection.
 */
export function from_row(klass_info: KlassInfo[], row: unknown[], multi: boolean): Model {
  const built: Array<Model | null> = [];
  for (let index = 0; index < klass_info.length; index++) {
    const info = klass_info[index];
    const { model, start } = info;
    const fields = info.fields;
    let instance: Model | null = null;
    if (index === 0 || row[start + fields.indexOf(model._meta.pk)] !== null) {
      instance = new model(FROM_DB);
      const target = instance as unknown as Record<string, unknown>;
      // The hot loop of every query: plain assignments, conversion only where a field has one.
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        const value = row[start + i];
        target[field.attname] = field.converts_from_db ? field.from_db_value(value) : value;
      }
      if (info.deferred) defer_fields(instance, info.deferred);
      if (multi) instance._state.from_multi_row = true;
      post_init.send(model, { instance });
    }
    built.push(instance);
    const parent = info.parent >= 0 ? built[info.parent] : null;
    if (parent && info.field) parent._state.fields_cache.set(info.field.name, instance);
  }
  return built[0] as Model;
}

/** Materialises all rows of a compiled SELECT as `kind` says. */
export function materialise(kind: ResultKind, compiled: CompiledSelect, rows: unknown[][]): unknown[] {
  const multi = rows.length > 1;
  switch (kind) {
    case "model": return rows.map((row) => {
      const instance = from_row(compiled.klass_info, row, multi);
      for (const { name, index, field } of compiled.annotations) setAttr(instance, name, field.from_db_value(row[index]));
      return instance;
    });
    case "values": return rows.map((row) =>
      Object.fromEntries(compiled.names.map((name, i) => [name, compiled.fields[i].from_db_value(row[i])])));
    case "values_list": return rows.map((row) => row.map((value, i) => compiled.fields[i].from_db_value(value)));
    case "flat": return rows.map((row) => compiled.fields[0].from_db_value(row[0]));
  }
}

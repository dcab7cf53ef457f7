/**
 * Turning rows into results (Django: ModelIterable, ValuesIterable, ValuesListIterable in
 * db/models/query.py): model instances with their select_related parents, dicts, or tuples.
 */
import { FROM_DB, FROM_DB_MULTI, type Model } from "./base";
import { defer_fields } from "./deferred";
import { type ModelClass, setAttr } from "./model_class";
import { post_init } from "./signals";
import type { CompiledSelect, KlassInfo } from "./sql/compiler";

/** How a QuerySet materialises rows. */
export type ResultKind = "model" | "values" | "values_list" | "flat";

/**
 * Reads rows of one compiled query into the base instance of each row and the
 * select_related instances it joins (cached on the parent, as Django's fields_cache);
 * `multi` marks instances of a query that returned several rows, for N+1 detection.
 * What does not change from row to row (the builders, where each primary key is, which
 * instance caches which) is worked out once per query.
 */
function row_reader(klass_info: KlassInfo[], multi: boolean): (row: unknown[]) => Model {
  const signals = post_init.has_receivers;
  const steps = klass_info.map((info) => ({
    info,
    builder: row_builder(info),
    pk_column: info.start + info.fields.indexOf(info.model._meta.pk),
    cache_name: info.field?.name ?? "",
  }));
  const finish = (info: KlassInfo, instance: Model): Model => {
    if (info.deferred) defer_fields(instance, info.deferred);
    if (signals) post_init.send(info.model, { instance });
    return instance;
  };
  const [first, ...joined] = steps;
  if (joined.length === 0) return (row) => finish(first.info, first.builder(row, multi));
  const built: Array<Model | null> = new Array<Model | null>(steps.length).fill(null);
  return (row) => {
    const base = finish(first.info, first.builder(row, multi));
    built[0] = base;
    for (let index = 1; index < steps.length; index++) {
      const { info, builder, pk_column, cache_name } = steps[index];
      const instance = row[pk_column] === null ? null : finish(info, builder(row, multi));
      built[index] = instance;
      const parent = built[info.parent];
      if (parent) parent._state.set_cached(cache_name, instance);
    }
    return base;
  };
}

/** Makes the instance of one row: `new Model(FROM_DB)` with its state and its fields' values. */
type RowBuilder = (row: unknown[], multi: boolean) => Model;

/** Builders per model, by the shape of the row (first column and the fields read). */
const BUILDERS = new WeakMap<ModelClass, Map<string, RowBuilder>>();

/**
 * The builder for `info`'s rows. The hot loop of every query: a function written for the
 * shape, with one plain assignment per field (V8 keeps instances of one model on one hidden
 * class) and from_db_value() only where a field converts; where code cannot be generated
 * (a Content-Security-Policy without 'unsafe-eval'), a loop over the fields does the same.
 */
function row_builder(info: KlassInfo): RowBuilder {
  const { model, start, fields } = info;
  let byShape = BUILDERS.get(model);
  if (!byShape) BUILDERS.set(model, (byShape = new Map()));
  const shape = `${start}:${fields.map((f) => `${f.attname}${f.converts_from_db ? "*" : ""}`).join(",")}`;
  let builder = byShape.get(shape);
  if (!builder) {
    builder = generated_builder(info) ?? ((row, multi) => {
      const instance = new model(multi ? FROM_DB_MULTI : FROM_DB);
      const target = instance as unknown as Record<string, unknown>;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        const value = row[start + i];
        target[field.attname] = field.converts_from_db ? field.from_db_value(value) : value;
      }
      return instance;
    });
    byShape.set(shape, builder);
  }
  return builder;
}

function generated_builder({ model, start, fields }: KlassInfo): RowBuilder | null {
  const assignments = fields.map((field, i) => {
    const value = `row[${start + i}]`;
    return `o[${JSON.stringify(field.attname)}] = ${field.converts_from_db ? `fields[${i}].from_db_value(${value})` : value};`;
  });
  try {
    const make = new Function("Model", "FROM_DB", "FROM_DB_MULTI", "fields",
      `return function build_row(row, multi) {\n  const o = new Model(multi ? FROM_DB_MULTI : FROM_DB);\n  ${assignments.join("\n  ")}\n  return o;\n};`);
    return make(model, FROM_DB, FROM_DB_MULTI, fields) as RowBuilder;
  } catch {
    return null;
  }
}

/** Materialises all rows of a compiled SELECT as `kind` says. */
export function materialise(kind: ResultKind, compiled: CompiledSelect, rows: unknown[][]): unknown[] {
  const multi = rows.length > 1;
  switch (kind) {
    case "model": {
      const { klass_info, annotations } = compiled;
      const read = row_reader(klass_info, multi);
      return rows.map((row) => {
        const instance = read(row);
        for (const { name, index, field } of annotations) setAttr(instance, name, field.from_db_value(row[index]));
        return instance;
      });
    }
    case "values": return rows.map((row) =>
      Object.fromEntries(compiled.names.map((name, i) => [name, compiled.fields[i].from_db_value(row[i])])));
    case "values_list": return rows.map((row) => row.map((value, i) => compiled.fields[i].from_db_value(value)));
    case "flat": return rows.map((row) => compiled.fields[0].from_db_value(row[0]));
  }
}

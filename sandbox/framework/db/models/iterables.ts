/**
 * Turning rows into results (Django: ModelIterable, ValuesIterable, ValuesListIterable in
 * db/models/query.py): model instances with their select_related parents, dicts, or tuples.
 */
import { FROM_DB, type Model } from "./base";
import { defer_fields } from "./deferred";
import { type ModelClass, setAttr } from "./model_class";
import { post_init } from "./signals";
import type { CompiledSelect, KlassInfo } from "./sql/compiler";

/** How a QuerySet materialises rows. */
export type ResultKind = "model" | "values" | "values_list" | "flat";

/**
 * Builds the base instance of one row, and the select_related instances it joins
 * (cached on the parent as Django's fields_cache). `multi` marks instances that came from a
 * query that returned several rows, for N+1 detection.
 */
export function from_row(klass_info: KlassInfo[], row: unknown[], multi: boolean, pk_columns = pkColumns(klass_info)): Model {
  if (klass_info.length === 1) return build(klass_info[0], row, multi);
  const built: Array<Model | null> = [];
  for (let index = 0; index < klass_info.length; index++) {
    const info = klass_info[index];
    const instance = index === 0 || row[pk_columns[index]] !== null ? build(info, row, multi) : null;
    built.push(instance);
    const parent = info.parent >= 0 ? built[info.parent] : null;
    if (parent && info.field) parent._state.fields_cache.set(info.field.name, instance);
  }
  return built[0] as Model;
}

/** The column of each model's primary key in a row (a null there means no related row). */
function pkColumns(klass_info: KlassInfo[]): number[] {
  return klass_info.map((info) => info.start + info.fields.indexOf(info.model._meta.pk));
}

/** One instance from its columns of `row`. */
function build(info: KlassInfo, row: unknown[], multi: boolean): Model {
  const instance = row_builder(info)(row);
  if (info.deferred) defer_fields(instance, info.deferred);
  if (multi) instance._state.from_multi_row = true;
  if (post_init.has_receivers) post_init.send(info.model, { instance });
  return instance;
}

/** Makes the instance of one row: `new Model(FROM_DB)` with its fields' values assigned. */
type RowBuilder = (row: unknown[]) => Model;

/** Builders per model, by the shape of the row (first column and the fields read). */
const BUILDERS = new WeakMap<ModelClass, Map<string, RowBuilder>>();
/** The builder each compiled query uses, so the shape is looked up once per query, not per row. */
const BY_INFO = new WeakMap<KlassInfo, RowBuilder>();

/**
 * The builder for `info`'s rows. The hot loop of every query: a function written for the
 * shape, with one plain assignment per field (V8 keeps instances of one model on one hidden
 * class) and from_db_value() only where a field converts; where code cannot be generated
 * (a Content-Security-Policy without 'unsafe-eval'), a loop over the fields does the same.
 */
function row_builder(info: KlassInfo): RowBuilder {
  const known = BY_INFO.get(info);
  if (known) return known;
  const { model, start, fields } = info;
  let byShape = BUILDERS.get(model);
  if (!byShape) BUILDERS.set(model, (byShape = new Map()));
  const shape = `${start}:${fields.map((f) => `${f.attname}${f.converts_from_db ? "*" : ""}`).join(",")}`;
  let builder = byShape.get(shape);
  if (!builder) {
    builder = generated_builder(info) ?? ((row) => {
      const instance = new model(FROM_DB);
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
  BY_INFO.set(info, builder);
  return builder;
}

function generated_builder({ model, start, fields }: KlassInfo): RowBuilder | null {
  const assignments = fields.map((field, i) => {
    const value = `row[${start + i}]`;
    return `o[${JSON.stringify(field.attname)}] = ${field.converts_from_db ? `fields[${i}].from_db_value(${value})` : value};`;
  });
  try {
    const make = new Function("Model", "FROM_DB", "fields", `return function build_row(row) {\n  const o = new Model(FROM_DB);\n  ${assignments.join("\n  ")}\n  return o;\n};`);
    return make(model, FROM_DB, fields) as RowBuilder;
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
      const pk_columns = pkColumns(klass_info);
      return rows.map((row) => {
        const instance = from_row(klass_info, row, multi, pk_columns);
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

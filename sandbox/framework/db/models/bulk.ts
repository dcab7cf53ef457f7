/**
 * bulk_create and bulk_update (Django: QuerySet.bulk_create/bulk_update in
 * db/models/query.py): one statement per batch inside one transaction, no save(), no signals.
 */
import { ValueError } from "../../core/exceptions";
import type { Model } from "./base";
import type { Field } from "./fields";
import { getAttr, type ModelClass, setAttr } from "./model_class";
import { quote } from "./sql/compiler";

/** SQLite binds at most 999 parameters per statement (Django: bulk_batch_size). */
const MAX_QUERY_PARAMS = 999;

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function batchSize(fields: number, requested?: number): number {
  const limit = fields > 1 ? Math.floor(MAX_QUERY_PARAMS / fields) : 500;
  if (requested !== undefined && (!Number.isInteger(requested) || requested <= 0)) {
    throw new ValueError("Batch size must be a positive integer.");
  }
  return Math.min(requested ?? limit, limit);
}

/** Inserts `objs` with multi-row INSERTs; sets their pks (as Django 4 does on SQLite 3.35+). */
export function bulk_create<T extends Model>(model: ModelClass, objs: T[], options: { batch_size?: number }): T[] {
  if (objs.length === 0) return objs;
  const meta = model._meta;
  for (const obj of objs) {
    if (!(obj instanceof model)) throw new TypeError(`bulk_create() expects ${meta.object_name} instances, got ${String(obj)}.`);
  }
  const connection = meta.apps.connection;
  const withPk = objs.filter((o) => o.pk !== null && o.pk !== undefined);
  const withoutPk = objs.filter((o) => o.pk === null || o.pk === undefined);
  connection.atomic(() => {
    for (const [group, fields] of [[withPk, meta.fields], [withoutPk, meta.fields.filter((f) => !f.primary_key)]] as const) {
      for (const batch of batches(group, batchSize(fields.length, options.batch_size))) {
        const params = batch.flatMap((obj) => fields.map((f) => f.get_db_prep_value(f.pre_save(obj, true))));
        const row = `(${fields.map(() => "?").join(", ")})`;
        const result = connection.execute(
          `INSERT INTO ${quote(meta.db_table)} (${fields.map((f) => quote(f.column)).join(", ")}) VALUES ${batch.map(() => row).join(", ")} RETURNING ${quote(meta.pk.column)}`,
          params);
        batch.forEach((obj, i) => {
          setAttr(obj, meta.pk.attname, result.rows[i][0]);
          obj._state.adding = false;
          obj._state.db = "default";
        });
      }
    }
  }, { savepoint: false });
  return objs;
}

/** Updates `fields` of `objs` with `CASE WHEN pk = ? THEN ? ... END` per batch; returns the rows matched. */
export function bulk_update(model: ModelClass, objs: Model[], fieldNames: string[], options: { batch_size?: number }): number {
  const meta = model._meta;
  if (fieldNames.length === 0) throw new ValueError("Field names must be given to bulk_update().");
  const fields = fieldNames.map((name) => meta.get_field(name));
  const concrete = fields.filter((f): f is Field => "attname" in f && !f.primary_key);
  if (concrete.length !== fields.length) throw new ValueError("bulk_update() can only be used with concrete fields.");
  if (objs.some((o) => o.pk === null || o.pk === undefined)) throw new ValueError("All bulk_update() objects must have a primary key set.");
  if (objs.length === 0) return 0;
  const connection = meta.apps.connection;
  const pk = `${quote(meta.db_table)}.${quote(meta.pk.column)}`;
  let rows = 0;
  connection.atomic(() => {
    for (const batch of batches(objs, batchSize(concrete.length + 2, options.batch_size))) {
      const params: unknown[] = [];
      const sets = concrete.map((field) => {
        const whens = batch.map((obj) => {
          params.push(obj.pk, field.get_db_prep_value(getAttr(obj, field.attname)));
          return `WHEN (${pk} = ?) THEN ?`;
        });
        return `${quote(field.column)} = CASE ${whens.join(" ")} ELSE NULL END`;
      });
      params.push(...batch.map((o) => o.pk));
      rows += connection.execute(
        `UPDATE ${quote(meta.db_table)} SET ${sets.join(", ")} WHERE ${pk} IN (${batch.map(() => "?").join(", ")})`,
        params).rowsModified;
    }
  }, { savepoint: false });
  return rows;
}

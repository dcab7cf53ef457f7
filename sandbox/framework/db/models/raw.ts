/**
 * Raw SQL that returns model instances (Django: RawQuerySet in db/models/query.py).
 * `Book.objects.raw("SELECT * FROM books_book WHERE title = %s", [title])`: the database
 * fills in `params`, so a title like `x' OR '1'='1` stays a title; building the SQL by
 * string formatting would run it as SQL (injection).
 */
import { FieldDoesNotExist } from "../../core/exceptions";
import { FROM_DB, type Model } from "./base";
import type { ModelClass } from "./model_class";
import { post_init } from "./signals";

/** The rows of a raw query as instances of `model`; columns that are not fields become attributes. */
export class RawQuerySet<T> implements Iterable<T> {
  private _result_cache: T[] | null = null;

  constructor(readonly model: ModelClass, readonly raw_query: string, readonly params: unknown[] = []) {}

  private _fetch_all(): T[] {
    if (this._result_cache) return this._result_cache;
    // Django's SQLite backend takes %s placeholders and passes them as ?.
    const sql = this.raw_query.replace(/%s/g, "?");
    const { columns, rows } = this.model._meta.apps.connection.execute(sql, this.params);
    const fields = this.model._meta.fields;
    const byColumn = columns.map((name) => fields.find((f) => f.column === name));
    if (!byColumn.includes(this.model._meta.pk)) {
      throw new FieldDoesNotExist("Raw query must include the primary key");
    }
    this._result_cache = rows.map((row) => {
      const instance = new this.model(FROM_DB) as Model;
      const target = instance as unknown as Record<string, unknown>;
      columns.forEach((name, i) => {
        const field = byColumn[i];
        if (field) target[field.attname] = field.from_db_value(row[i]);
        else target[name] = row[i];
      });
      if (rows.length > 1) instance._state.from_multi_row = true;
      post_init.send(this.model, { instance });
      return instance as T;
    });
    return this._result_cache;
  }

  [Symbol.iterator](): Iterator<T> {
    return this._fetch_all()[Symbol.iterator]();
  }

  /** `len(raw)`: runs the query. */
  get length(): number {
    return this._fetch_all().length;
  }

  /** `raw[i]`. */
  at(index: number): T {
    const rows = this._fetch_all();
    if (index >= rows.length) throw new RangeError("list index out of range");
    return rows[index];
  }

  /** `list(raw)`. */
  toArray(): T[] {
    return [...this._fetch_all()];
  }

  /** Django's repr: `<RawQuerySet: SELECT ...>`. */
  toString(): string {
    return `<RawQuerySet: ${this.raw_query}>`;
  }
}

/**
 * The SQLite schema editor (Django: db/backends/sqlite3/schema.py over base/schema.py):
 * DDL for creating, deleting and altering models, with table rebuilds for every
 * alteration SQLite's ALTER TABLE cannot do. In collect mode (sqlmigrate) the statements
 * are gathered as text instead of run.
 */
import { ValueError } from "../../core/exceptions";
import type { Connection } from "../backends/sqljs/base";
import { type BaseConstraint, UniqueConstraint } from "../models/constraints";
import { CharField, DateTimeField, type Field, TextField } from "../models/fields";
import { ManyToManyField } from "../models/fields/many_to_many";
import type { Index } from "../models/indexes";
import type { ModelClass } from "../models/model_class";
import { column_sql } from "../schema";
import { concrete_field, field_signature, NON_DB_ATTRS } from "./field_utils";
import { index_name } from "./names";

/** `"name"`, as SQLite quotes identifiers. */
export function quote_name(name: string): string {
  return name.startsWith('"') ? name : `"${name}"`;
}

/** A literal for SQL text (Django's sqlite3 quote_value). */
export function quote_value(value: unknown): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Uint8Array) return `X'${[...value].map((b) => b.toString(16).padStart(2, "0")).join("")}'`;
  throw new ValueError(`Cannot quote parameter value ${String(value)} of type ${typeof value}`);
}

/** A statement run when the editor finishes; its table follows renames, as Django's Statement does. */
interface Deferred {
  table: string;
  sql: (table: string) => string;
}

/** Writes (or collects) the DDL of one migration run. */
export class SchemaEditor {
  /** The statements, each ending in ";", when collecting (sqlmigrate). */
  readonly collected: string[] = [];
  /**
   * Where a rebuilt table puts the added or altered column: Django orders the columns by
   * the fields' creation order, so the field goes last when the state after the change
   * was built after the state before it (migrate forwards), and right after the
   * auto-created primary key otherwise (going backwards; sqlmigrate's first operation).
   * Migration.apply and unapply set it per operation.
   */
  changed_field_first = false;
  private deferred: Deferred[] = [];

  constructor(readonly connection: Connection, readonly collect_sql = false) {}

  /** Runs a statement, or records it when collecting. */
  execute(sql: string): void {
    if (this.collect_sql) this.collected.push(sql.trimEnd().endsWith(";") ? sql : `${sql};`);
    else this.connection.execute(sql);
  }

  /** Runs the statements deferred until the end (indexes), as leaving Django's editor does. */
  flush_deferred(): void {
    const pending = this.deferred;
    this.deferred = [];
    for (const statement of pending) this.execute(statement.sql(statement.table));
  }

  /** The table, then the automatic through table of each many-to-many field (Django: create_model). */
  create_model(model: ModelClass): void {
    this.create_table(model._meta.db_table, model._meta.fields, model, model._meta.unique_together, model._meta.indexes);
    for (const through of auto_through_models(model)) this.create_model(through);
  }

  add_index(model: ModelClass, index: Index): void {
    this.execute(index.create_sql(model));
  }

  remove_index(_model: ModelClass, index: Index): void {
    this.execute(index.remove_sql());
  }

  /** A conditional UniqueConstraint is a partial unique index; any other constraint lives in CREATE TABLE, so the table is rebuilt. */
  add_constraint(model: ModelClass, constraint: BaseConstraint): void {
    const sql = constraint instanceof UniqueConstraint && constraint.condition ? constraint.create_sql(model) : null;
    if (sql) this.execute(sql);
    else this.remake_table(model, {});
  }

  remove_constraint(model: ModelClass, constraint: BaseConstraint): void {
    const sql = constraint instanceof UniqueConstraint && constraint.condition ? constraint.remove_sql() : null;
    if (sql) this.execute(sql);
    else this.remake_table(model, {});
  }

  /** Drops the unique indexes of sets no longer listed and creates those of new sets (Django: alter_unique_together). */
  alter_unique_together(model: ModelClass, old_sets: ReadonlyArray<readonly string[]>, new_sets: ReadonlyArray<readonly string[]>): void {
    const key = (names: readonly string[]) => names.join("\0");
    const table = model._meta.db_table;
    const columns = (names: readonly string[]) => names.map((n) => concrete_field(model, n).column);
    for (const names of old_sets.filter((o) => !new_sets.some((n) => key(n) === key(o)))) {
      this.execute(`DROP INDEX ${quote_name(this.unique_index_name(model, columns(names)))}`);
    }
    for (const names of new_sets.filter((n) => !old_sets.some((o) => key(n) === key(o)))) {
      this.execute(unique_sql(table, columns(names)));
    }
  }

  /** The automatic through tables first, then the table (Django: delete_model). */
  delete_model(model: ModelClass): void {
    for (const through of auto_through_models(model)) this.delete_model(through);
    this.drop_table(model._meta.db_table);
  }

  private drop_table(table: string): void {
    this.execute(`DROP TABLE ${quote_name(table)}`);
    this.deferred = this.deferred.filter((d) => d.table !== table);
  }

  /** `ALTER TABLE "old" RENAME TO "new"`; deferred statements follow the table. */
  alter_db_table(old_table: string, new_table: string): void {
    if (old_table === new_table) return;
    this.execute(`ALTER TABLE ${quote_name(old_table)} RENAME TO ${quote_name(new_table)}`);
    for (const statement of this.deferred) if (statement.table === old_table) statement.table = new_table;
  }

  /**
   * SQLite cannot add a NOT NULL column or one with a default in place: Django always
   * rebuilds. A many-to-many field adds its automatic through table instead; one with an
   * explicit through model leaves the columns alone, yet Django's SQLite editor rebuilds all the same.
   */
  add_field(model: ModelClass, field: Field, default_from: Field = field): void {
    if (field instanceof ManyToManyField) {
      if (field.through._meta.auto_created) this.create_model(field.through);
      else this.remake_table(model, {});
      return;
    }
    this.remake_table(model, { create: field, default_from });
  }

  /** A many-to-many field drops its automatic through table; an explicit through model stays. */
  remove_field(model: ModelClass, field: Field): void {
    if (field instanceof ManyToManyField) {
      if (field.through._meta.auto_created) this.delete_model(field.through);
      return;
    }
    this.remake_table(model, { remove: field });
  }

  /**
   * A rename of the column alone is `RENAME COLUMN`; any other change to the database
   * rebuilds the table. Two many-to-many fields with automatic through tables alter the
   * through table; with explicit through models there is nothing to do (Django: alter_field).
   */
  alter_field(model: ModelClass, old_field: Field, new_field: Field, default_from: Field = new_field): void {
    const same = field_signature(old_field, NON_DB_ATTRS) === field_signature(new_field, NON_DB_ATTRS);
    if (old_field instanceof ManyToManyField || new_field instanceof ManyToManyField) {
      if (same) return;
      const auto = (f: Field) => f instanceof ManyToManyField && f.through._meta.auto_created !== undefined;
      const explicit = (f: Field) => f instanceof ManyToManyField && f.through._meta.auto_created === undefined;
      if (auto(old_field) && auto(new_field)) {
        this.alter_many_to_many(old_field as ManyToManyField, new_field as ManyToManyField);
        return;
      }
      if (explicit(old_field) && explicit(new_field)) return;
      throw new ValueError(`Cannot alter field ${String(old_field)} into ${String(new_field)} - they are not compatible types ` +
        "(you cannot alter to or from M2M fields, or add or remove through= on M2M fields)");
    }
    if (same && old_field.column === new_field.column) return;
    const definition = (f: Field) => column_sql(f).slice(quote_name(f.column).length);
    if (old_field.column !== new_field.column && definition(old_field) === definition(new_field) && !old_field.is_relation && !new_field.is_relation) {
      this.execute(`ALTER TABLE ${quote_name(model._meta.db_table)} RENAME COLUMN ${quote_name(old_field.column)} TO ${quote_name(new_field.column)}`);
      return;
    }
    this.remake_table(model, { alter: [old_field, new_field], default_from });
  }

  /**
   * Repoints an automatic through table (Django's SQLite _alter_many_to_many): the same
   * table is rebuilt with its key to the target altered; a new table name means a new
   * table, the rows copied, the old table dropped.
   */
  private alter_many_to_many(old_field: ManyToManyField, new_field: ManyToManyField): void {
    const old_through = old_field.through;
    const new_through = new_field.through;
    if (old_through._meta.db_table === new_through._meta.db_table) {
      this.remake_table(old_through, { alter: [old_field.target_key, new_field.target_key] });
      return;
    }
    this.create_model(new_through);
    this.execute(`INSERT INTO ${quote_name(new_through._meta.db_table)} (id, ${new_field.source_key.column}, ${new_field.target_key.column}) ` +
      `SELECT id, ${old_field.source_key.column}, ${old_field.target_key.column} FROM ${quote_name(old_through._meta.db_table)}`);
    this.delete_model(old_through);
  }

  /**
   * The one unique index on exactly `columns` that is not one of the model's named
   * constraints or indexes, read from the database (Django: _delete_composed_index); its
   * name follows the table it was made for, which a later rename does not change.
   */
  private unique_index_name(model: ModelClass, columns: readonly string[]): string {
    const table = model._meta.db_table;
    const named = new Set([...model._meta.constraints, ...model._meta.indexes].map((item) => item.name));
    const found = this.connection.execute(`PRAGMA index_list(${quote_name(table)})`).rows
      .filter(([, name, unique, origin]) => unique === 1 && origin === "c" && !named.has(String(name)))
      .map(([, name]) => String(name))
      .filter((name) => this.connection.execute(`PRAGMA index_info(${quote_name(name)})`).rows.map(([, , column]) => String(column)).join() === columns.join());
    if (found.length !== 1) throw new ValueError(`Found wrong number (${found.length}) of constraints for ${table}(${columns.join(", ")})`);
    return found[0] ?? "";
  }

  /**
   * Django's _remake_table: create "new__<table>" with the new definition, copy the rows
   * (a new column gets its default, or `default_from`'s one-off default), drop the old
   * table, rename the new one, restore indexes.
   */
  remake_table(model: ModelClass, change: { create?: Field; remove?: Field; alter?: [Field, Field]; default_from?: Field }): void {
    const meta = model._meta;
    const body = new Map(meta.fields.map((f) => [f.name, f]));
    const mapping = new Map(meta.fields.map((f) => [f.column, quote_name(f.column)]));
    const renamed = new Map<string, string>();
    if (change.create) {
      body.set(change.create.name, change.create);
      mapping.set(change.create.column, quote_value(effective_default(change.create, change.default_from)));
    }
    if (change.alter) {
      const [old_field, new_field] = change.alter;
      body.delete(old_field.name);
      mapping.delete(old_field.column);
      body.set(new_field.name, new_field);
      mapping.set(new_field.column, old_field.null && !new_field.null
        ? `coalesce(${quote_name(old_field.column)}, ${quote_value(effective_default(new_field, change.default_from))})`
        : quote_name(old_field.column));
      renamed.set(old_field.name, new_field.name);
    }
    if (change.remove) {
      body.delete(change.remove.name);
      mapping.delete(change.remove.column);
    }
    const together = meta.unique_together.map((names) => names.map((n) => renamed.get(n) ?? n));
    const temporary = `new__${meta.db_table}`;
    // A field of `model` itself (a through table's key renamed with its model) keeps its place.
    const new_field = change.create ?? change.alter?.[1];
    const changed = new_field && !meta.fields.includes(new_field) ? new_field : undefined;
    const indexes = meta.indexes.filter((index) => !change.remove || !index.fields.some((f) => f.replace(/^-/, "") === change.remove?.name));
    this.create_table(temporary, column_order([...body.values()], changed, meta.db_table, this.changed_field_first), model, together, indexes);
    this.execute(`INSERT INTO ${quote_name(temporary)} (${[...mapping.keys()].map(quote_name).join(", ")}) ` +
      `SELECT ${[...mapping.values()].join(", ")} FROM ${quote_name(meta.db_table)}`);
    this.drop_table(meta.db_table);
    this.alter_db_table(temporary, meta.db_table);
    this.flush_deferred();
  }

  /**
   * CREATE TABLE with `model`'s constraints inline, then, deferred in Django's order:
   * unique_together, conditional unique constraints, field indexes and Meta.indexes.
   */
  private create_table(table: string, fields: readonly Field[], model: ModelClass,
    unique_together: ReadonlyArray<readonly string[]>, indexes: readonly Index[]): void {
    const self_table = model._meta.db_table;
    const columns = fields.map((f) => {
      const sql = column_sql(f);
      const self_reference = f.is_relation && relation_table(f) === self_table;
      return self_reference ? sql.replace(`REFERENCES ${quote_name(self_table)}`, `REFERENCES ${quote_name(table)}`) : sql;
    });
    const constraints = model._meta.constraints;
    const inline = constraints.map((c) => c.constraint_sql(model)).filter((sql): sql is string => sql !== null);
    this.execute(`CREATE TABLE ${quote_name(table)} (${[...columns, ...inline].join(", ")})`);
    const defer = (sql: (t: string) => string) => this.deferred.push({ table, sql });
    // Statements written for the model's own table follow the table as it is renamed.
    const moved = (sql: string) => (t: string) => sql.replace(`ON ${quote_name(self_table)}`, `ON ${quote_name(t)}`);
    const column_of = (name: string) => fields.find((f) => f.name === name)?.column ?? name;
    for (const names of unique_together) {
      const cols = names.map(column_of);
      defer((t) => unique_sql(t, cols));
    }
    for (const constraint of constraints) {
      const sql = constraint.create_sql(model);
      if (sql) defer(moved(sql));
    }
    for (const field of fields) {
      if (!field.db_index || field.unique) continue;
      const col = field.column;
      defer((t) => `CREATE INDEX ${quote_name(index_name(t, [col]))} ON ${quote_name(t)} (${quote_name(col)})`);
    }
    for (const index of indexes) defer(moved(index.create_sql(model)));
  }
}

/** Django's _create_unique_sql for unique_together: a unique index named `<table>_<columns>_<hash>_uniq`. */
function unique_sql(table: string, columns: readonly string[]): string {
  return `CREATE UNIQUE INDEX ${quote_name(index_name(table, columns, "_uniq"))} ON ${quote_name(table)} (${columns.map(quote_name).join(", ")})`;
}

/**
 * The columns of a rebuilt table in Django's order: auto-created fields first, the
 * changed field first or last (see changed_field_first), and relations to the table
 * itself at the very end (Django rebuilds them as fresh copies).
 */
function column_order(fields: Field[], changed: Field | undefined, table: string, changed_first: boolean): Field[] {
  const self_reference = (f: Field) => f !== changed && f.is_relation && relation_table(f) === table;
  // A migration's `id` is written with auto_created: true, which its deconstruction keeps.
  const auto = (f: Field) => f !== changed && f.deconstruct().kwargs.auto_created === true;
  const rest = fields.filter((f) => f !== changed && !auto(f) && !self_reference(f));
  const placed = changed ? [changed] : [];
  return [
    ...fields.filter(auto),
    ...(changed_first ? placed : []),
    ...rest,
    ...(changed_first ? [] : placed),
    ...fields.filter(self_reference),
  ];
}

/** The automatic through models of `model`'s many-to-many fields. */
export function auto_through_models(model: ModelClass): ModelClass[] {
  return model._meta.many_to_many.map((f) => f.through).filter((through) => through._meta.auto_created);
}

function relation_table(field: Field): string | undefined {
  const related = (field as Field & { related_model?: ModelClass }).related_model;
  return related?._meta.db_table;
}

/**
 * The value existing rows get for a new column (Django: effective_default), taken from
 * `source` (the field, or the migration's copy with a one-off default), prepared by `field`.
 */
export function effective_default(field: Field, source: Field = field): unknown {
  let value: unknown = null;
  if (source.has_default()) value = source.get_default();
  else if (!source.null && source.blank && (source instanceof CharField || source instanceof TextField)) value = "";
  else if (source instanceof DateTimeField && (source.auto_now || source.auto_now_add)) value = new Date();
  return value === null ? null : field.get_db_prep_value(value);
}

/**
 * Table constraints (Django: db/models/constraints.py): `Meta.constraints` holds
 * UniqueConstraint and CheckConstraint, written into CREATE TABLE as Django's SQLite
 * schema editor writes them (a conditional UniqueConstraint becomes a partial unique index).
 */
import { ValueError } from "../../core/exceptions";
import type { ModelClass } from "./model_class";
import { Q } from "./query_utils";
import { column_names, inline_where } from "./ddl";

/** What rebuilds a constraint or index, for migrations: `models[path](kwargs)`. */
export interface DeconstructedOption {
  path: string;
  kwargs: Record<string, unknown>;
}

/** Base of UniqueConstraint and CheckConstraint. */
export abstract class BaseConstraint {
  constructor(readonly name: string) {
    if (!name) throw new ValueError("A constraint must be named: give it { name: \"...\" }.");
  }

  /** The clause inside CREATE TABLE, or null when the constraint is created separately. */
  abstract constraint_sql(model: ModelClass): string | null;

  /** The statement that adds the constraint to an existing table (SQLite rebuilds the table for inline ones). */
  abstract create_sql(model: ModelClass): string | null;

  /** The statement that removes it (null when only a table rebuild can). */
  abstract remove_sql(model: ModelClass): string | null;

  abstract deconstruct(): DeconstructedOption;
}

/** `models.UniqueConstraint({ fields: ["title", "author"], name: "unique_title_per_author", condition? })`. */
export class UniqueConstraint extends BaseConstraint {
  readonly fields: readonly string[];
  readonly condition?: Q;

  constructor(options: { fields: readonly string[]; name: string; condition?: Q }) {
    super(options.name);
    if (!options.fields?.length) throw new ValueError(`UniqueConstraint '${options.name}': at least one field is required.`);
    if (options.condition !== undefined && !(options.condition instanceof Q)) {
      throw new ValueError(`UniqueConstraint.condition must be a Q instance (constraint '${options.name}').`);
    }
    this.fields = options.fields;
    this.condition = options.condition;
  }

  constraint_sql(model: ModelClass): string | null {
    if (this.condition) return null;
    return `CONSTRAINT "${this.name}" UNIQUE (${column_names(model, this.fields).join(", ")})`;
  }

  create_sql(model: ModelClass): string | null {
    if (!this.condition) return null;
    return `CREATE UNIQUE INDEX "${this.name}" ON "${model._meta.db_table}" (${column_names(model, this.fields).join(", ")})` +
      ` WHERE ${inline_where(model, this.condition)}`;
  }

  remove_sql(): string | null {
    return this.condition ? `DROP INDEX "${this.name}"` : null;
  }

  deconstruct(): DeconstructedOption {
    return { path: "UniqueConstraint", kwargs: { fields: [...this.fields], name: this.name, ...(this.condition ? { condition: this.condition } : {}) } };
  }
}

/** `models.CheckConstraint({ check: Q({ price__gte: 0 }), name: "price_not_negative" })`. */
export class CheckConstraint extends BaseConstraint {
  readonly check: Q;

  constructor(options: { check: Q; name: string }) {
    super(options.name);
    if (!(options.check instanceof Q)) {
      throw new ValueError(`CheckConstraint.check must be a Q instance or boolean expression (constraint '${options.name}').`);
    }
    this.check = options.check;
  }

  constraint_sql(model: ModelClass): string {
    return `CONSTRAINT "${this.name}" CHECK (${inline_where(model, this.check)})`;
  }

  create_sql(): null {
    return null;
  }

  remove_sql(): null {
    return null;
  }

  deconstruct(): DeconstructedOption {
    return { path: "CheckConstraint", kwargs: { check: this.check, name: this.name } };
  }
}

/**
 * Indexes (Django: db/models/indexes.py): `Meta.indexes = [models.Index({ fields: ["-published", "title"], name: "book_recent_idx" })]`.
 */
import { ValueError } from "../../core/exceptions";
import type { DeconstructedOption } from "./constraints";
import { column_names, inline_where } from "./ddl";
import type { ModelClass } from "./model_class";
import { Q } from "./query_utils";

/** An index on one or more fields ("-name" for descending), optionally partial (`condition`). */
export class Index {
  readonly fields: readonly string[];
  readonly name: string;
  readonly condition?: Q;

  constructor(options: { fields: readonly string[]; name: string; condition?: Q }) {
    if (!options.fields?.length) throw new ValueError("At least one field is required to define an index.");
    if (!options.name) {
      throw new ValueError(`Index on ${options.fields.join(", ")} has no name: give it { name: "..." } (at most 30 characters).`);
    }
    if (options.name.length > 30) {
      throw new ValueError(`Index names cannot be longer than 30 characters: '${options.name}'.`);
    }
    if (options.condition !== undefined && !(options.condition instanceof Q)) {
      throw new ValueError(`Index.condition must be a Q instance (index '${options.name}').`);
    }
    this.fields = options.fields;
    this.name = options.name;
    this.condition = options.condition;
  }

  /** `CREATE INDEX "name" ON "table" ("a", "b" DESC)`, as Django writes it. */
  create_sql(model: ModelClass): string {
    const columns = column_names(model, this.fields.map((f) => f.replace(/^-/, "")))
      .map((column, i) => (this.fields[i].startsWith("-") ? `${column} DESC` : column));
    const where = this.condition ? ` WHERE ${inline_where(model, this.condition)}` : "";
    return `CREATE INDEX "${this.name}" ON "${model._meta.db_table}" (${columns.join(", ")})${where}`;
  }

  /** `DROP INDEX "name"`. */
  remove_sql(): string {
    return `DROP INDEX "${this.name}"`;
  }

  deconstruct(): DeconstructedOption {
    return { path: "Index", kwargs: { fields: [...this.fields], name: this.name, ...(this.condition ? { condition: this.condition } : {}) } };
  }
}

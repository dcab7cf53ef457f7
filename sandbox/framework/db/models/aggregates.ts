/**
 * Aggregates (Django: db/models/aggregates.py): Count, Sum, Avg, Min and Max, for
 * aggregate() and annotate(). `Count("books", { distinct: true, filter: Q({ ... }) })`.
 */
import type { Q } from "./query_utils";

/** The SQL functions the aggregates compile to. */
export type AggregateFunction = "COUNT" | "SUM" | "AVG" | "MIN" | "MAX";

/** Options every aggregate takes (Count also takes `distinct`). */
export interface AggregateOptions {
  /** Only rows matching this condition count (Django's `filter=`). */
  filter?: Q;
  distinct?: boolean;
}

/** An aggregate over a field path, e.g. `Sum("books__pages")`. */
export class Aggregate {
  constructor(readonly function_name: AggregateFunction, readonly source: string,
    readonly options: AggregateOptions = {}) {}

  /** The key aggregate() uses when none is given: `books__count`. */
  get default_alias(): string {
    return `${this.source}__${this.function_name.toLowerCase()}`;
  }
}

/** Counts rows (non-null values) of a field or relation. */
export const Count = (source: string, options: AggregateOptions = {}) => new Aggregate("COUNT", source, options);
/** The sum of a field's values (None over no rows). */
export const Sum = (source: string, options: Omit<AggregateOptions, "distinct"> = {}) => new Aggregate("SUM", source, options);
/** The average of a field's values. */
export const Avg = (source: string, options: Omit<AggregateOptions, "distinct"> = {}) => new Aggregate("AVG", source, options);
/** The smallest value. */
export const Min = (source: string, options: Omit<AggregateOptions, "distinct"> = {}) => new Aggregate("MIN", source, options);
/** The largest value. */
export const Max = (source: string, options: Omit<AggregateOptions, "distinct"> = {}) => new Aggregate("MAX", source, options);

/**
 * The WHERE tree (Django: db/models/sql/where.py): AND/OR nodes, optionally negated,
 * over lookups whose sides are columns, values or expressions.
 */
import type { AggregateFunction } from "../aggregates";
import type { Connector } from "../expressions";
import type { Field } from "../fields";

/** A column of a table alias in the query. */
export interface Col {
  alias: string;
  column: string;
  field: Field;
}

/** A resolved expression: a column, a value, or an arithmetic combination. */
export type Expr =
  | { kind: "col"; col: Col }
  | { kind: "value"; value: unknown }
  | { kind: "combined"; lhs: Expr; connector: Connector; rhs: Expr };

/** An aggregate resolved against a query: its function, column, options and output field. */
export interface ResolvedAggregate {
  function_name: AggregateFunction;
  col: Col;
  distinct: boolean;
  /** Django's `filter=`: only rows matching it are aggregated. */
  filter: WhereNode | null;
  /** Converts the aggregated value (Min/Max of a date gives a date). */
  output_field: Field;
}

/** `lhs__lookup=rhs`; rhs is a plain value or a resolved expression. */
export interface WhereLeaf {
  lhs: Col;
  /** Set when the left side is an annotation (a HAVING condition); `lhs` is then its column. */
  aggregate?: ResolvedAggregate;
  /** A date transform applied to the column first (`added__year`). */
  transform?: string;
  lookup: string;
  rhs: unknown;
  rhsExpr?: Expr;
}

/** An AND/OR node. */
export class WhereNode {
  constructor(
    readonly connector: "AND" | "OR" = "AND",
    readonly negated = false,
    readonly children: Array<WhereNode | WhereLeaf> = [],
  ) {}

  /** A deep copy, so clones of a query can add conditions independently. */
  clone(): WhereNode {
    return new WhereNode(this.connector, this.negated,
      this.children.map((c) => (c instanceof WhereNode ? c.clone() : c)));
  }
}

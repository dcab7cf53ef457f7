/**
 * The WHERE tree (Django: db/models/sql/where.py): AND/OR nodes, optionally negated,
 * over lookups whose sides are columns, values or expressions.
 */
import type { AggregateFunction } from "../aggregates";
import type { Connector } from "../expressions";
import type { Field } from "../fields";
import type { Query } from "./query";

/** A column of a table alias in the query. */
export interface Col {
  alias: string;
  column: string;
  field: Field;
}

/** A resolved expression: what the compiler writes as SQL (see sql/expressions.ts). */
export type Expr =
  | { kind: "col"; col: Col }
  | { kind: "value"; value: unknown; field?: Field }
  | { kind: "combined"; lhs: Expr; connector: Connector; rhs: Expr }
  | { kind: "func"; function_name: string; args: Expr[]; output_field?: Field }
  | { kind: "case"; whens: Array<{ condition: WhereNode; result: Expr }>; default_value: Expr; output_field?: Field }
  | { kind: "subquery"; query: Query; exists: boolean; output_field?: Field }
  | { kind: "aggregate"; aggregate: ResolvedAggregate }
  /** An OuterRef() not yet bound to an outer query (only valid inside Subquery/Exists). */
  /** An OuterRef() not bound yet: `levels` queries out (Django: ResolvedOuterRef for 1, OuterRef for more). */
  | { kind: "outer"; name: string; levels: number };

/** An annotate()/alias() entry: its expression, what converts its values, and whether it groups rows. */
export interface Annotation {
  expr: Expr;
  output_field: Field;
  contains_aggregate: boolean;
  /** alias(): usable in filters and ordering but not selected. */
  hidden: boolean;
}

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
  /** Set when the left side is an expression (an annotation, or Exists() in filter()); `lhs` is then only its field. */
  lhsExpr?: Expr;
  /** True when lhsExpr holds an aggregate (the condition goes to HAVING). */
  aggregate?: boolean;
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

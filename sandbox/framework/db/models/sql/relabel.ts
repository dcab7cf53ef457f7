/**
 * Renaming table aliases in a resolved query tree (Django: relabeled_clone), so that a
 * subquery over the outer query's table reads its own columns (`U0."author_id"`).
 */
import { type Col, type Expr, type ResolvedAggregate, WhereNode, type WhereLeaf } from "./where";

type Rename = (alias: string) => string;

function relabel_col(col: Col, rename: Rename): Col {
  return { ...col, alias: rename(col.alias) };
}

function relabel_aggregate(aggregate: ResolvedAggregate, rename: Rename): ResolvedAggregate {
  return { ...aggregate, col: relabel_col(aggregate.col, rename), filter: aggregate.filter && relabel_where(aggregate.filter, rename) };
}

/** The expression with its columns' aliases renamed; a nested subquery keeps its own aliases and renames its references out. */
export function relabel_expr(expr: Expr, rename: Rename): Expr {
  switch (expr.kind) {
    case "col": return { kind: "col", col: relabel_col(expr.col, rename) };
    case "combined": return { ...expr, lhs: relabel_expr(expr.lhs, rename), rhs: relabel_expr(expr.rhs, rename) };
    case "func": return { ...expr, args: expr.args.map((a) => relabel_expr(a, rename)) };
    case "case": return { ...expr, default_value: relabel_expr(expr.default_value, rename),
      whens: expr.whens.map((w) => ({ condition: relabel_where(w.condition, rename), result: relabel_expr(w.result, rename) })) };
    case "aggregate": return { kind: "aggregate", aggregate: relabel_aggregate(expr.aggregate, rename) };
    case "subquery": return { ...expr, query: expr.query.relabel_outer(rename) };
    default: return expr;
  }
}

/** The WHERE tree with its columns' aliases renamed. */
export function relabel_where(node: WhereNode, rename: Rename): WhereNode {
  return new WhereNode(node.connector, node.negated, node.children.map((child): WhereNode | WhereLeaf => {
    if (child instanceof WhereNode) return relabel_where(child, rename);
    return { ...child, lhs: relabel_col(child.lhs, rename), lhsExpr: child.lhsExpr && relabel_expr(child.lhsExpr, rename),
      rhsExpr: child.rhsExpr && relabel_expr(child.rhsExpr, rename) };
  }));
}

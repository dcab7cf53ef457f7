/**
 * Expressions (Django: db/models/expressions.py): F(), Value(), Case/When, Subquery,
 * Exists, ExpressionWrapper and ordering with `.asc()`/`.desc()`. JavaScript has no
 * operator overloading, so `F("n") + 1` is `F("n").add(1)`. The query resolves them
 * (sql/expressions.ts) and the compiler writes their SQL.
 */
import type { Field } from "./fields";
import type { Q } from "./query_utils";

/** The arithmetic operators expressions support. */
export type Connector = "+" | "-" | "*" | "/";

/** Options of `.asc()` / `.desc()`: where NULLs go. */
export interface OrderByOptions {
  nulls_first?: boolean;
  nulls_last?: boolean;
}

/** Base of every expression: arithmetic and ordering. */
export abstract class Expression {
  add(other: unknown): CombinedExpression {
    return new CombinedExpression(this, "+", other);
  }

  sub(other: unknown): CombinedExpression {
    return new CombinedExpression(this, "-", other);
  }

  mul(other: unknown): CombinedExpression {
    return new CombinedExpression(this, "*", other);
  }

  div(other: unknown): CombinedExpression {
    return new CombinedExpression(this, "/", other);
  }

  /** Ascending, for order_by(): `F("pages").asc({ nulls_last: true })`. */
  asc(options: OrderByOptions = {}): OrderBy {
    return new OrderBy(this, false, options);
  }

  /** Descending, for order_by(): `F("published").desc()`. */
  desc(options: OrderByOptions = {}): OrderBy {
    return new OrderBy(this, true, options);
  }
}

/** A reference to a field, possibly across relations: `F("author__name")`. */
export class F extends Expression {
  constructor(readonly name: string) {
    super();
  }
}

/** `lhs <connector> rhs`, where either side is an expression or a value. */
export class CombinedExpression extends Expression {
  constructor(readonly lhs: unknown, readonly connector: Connector, readonly rhs: unknown) {
    super();
  }
}

/** A literal value in SQL (a parameter): `Value("-")` in Concat, `Value(true)` in annotate. */
export class Value extends Expression {
  constructor(readonly value: unknown, readonly output_field?: Field) {
    super();
  }
}

/** An expression with a declared output field: `ExpressionWrapper(F("a").mul(F("b")), { output_field: models.IntegerField() })`. */
export class ExpressionWrapper extends Expression {
  constructor(readonly expression: Expression, readonly output_field: Field) {
    super();
  }
}

/** One branch of Case: `When({ published__lt: 1960 }, { then: Value("classic") })`; the condition may be a boolean expression (`Exists(...)`). */
export class When {
  constructor(readonly condition: Q | Expression | Record<string, unknown>, readonly then: unknown) {}
}

/** `Case(When(...), When(...), { default: Value("new") })`: CASE WHEN ... THEN ... ELSE ... END. */
export class Case extends Expression {
  constructor(readonly whens: When[], readonly default_value: unknown, readonly output_field?: Field) {
    super();
  }
}

/**
 * A reference to a column of the outer query, inside a Subquery or Exists: `OuterRef("pk")`.
 * In a subquery nested in another, `OuterRef(OuterRef("pk"))` reaches the query two levels out.
 */
export class OuterRef extends F {
  /** How many queries out the column is: 1 for `OuterRef("pk")`, 2 for `OuterRef(OuterRef("pk"))`. */
  readonly levels: number;

  constructor(name: string | OuterRef) {
    super(typeof name === "string" ? name : name.name);
    this.levels = typeof name === "string" ? 1 : name.levels + 1;
  }
}

/** A QuerySet as seen by Subquery/Exists: only the query is needed (avoids importing QuerySet here). */
export interface QueryHolder {
  readonly query: object;
}

/** `(SELECT ...)`: a QuerySet selecting one column (use values() and a [:1] slice). */
export class Subquery extends Expression {
  constructor(readonly queryset: QueryHolder, readonly output_field?: Field) {
    super();
  }
}

/** `EXISTS(SELECT ...)`: true when the QuerySet finds a row (a boolean in annotate, a condition in filter). */
export class Exists extends Subquery {}

/** A database function call: `Lower("title")` is `LOWER("title")`. */
export class Func extends Expression {
  constructor(readonly function_name: string, readonly source_expressions: unknown[], readonly output_field?: Field) {
    super();
  }
}

/** An ordering: an expression ascending or descending, with NULLs first or last. */
export class OrderBy {
  constructor(readonly expression: Expression, readonly descending: boolean, readonly options: OrderByOptions = {}) {}
}

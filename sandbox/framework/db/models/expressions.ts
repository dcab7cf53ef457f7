/**
 * F() expressions (Django: db/models/expressions.py): refer to a column in filters and
 * updates. JavaScript has no operator overloading, so `F("n") + 1` is `F("n").add(1)`.
 */

/** The arithmetic operators F() supports. */
export type Connector = "+" | "-" | "*" | "/";

/** A reference to a field, possibly across relations: `F("author__name")`. */
export class F {
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

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
}

/** `lhs <connector> rhs`, where either side is an F(), another combination or a value. */
export class CombinedExpression extends F {
  readonly lhs: unknown;
  readonly connector: Connector;
  readonly rhs: unknown;

  constructor(lhs: unknown, connector: Connector, rhs: unknown) {
    super("");
    this.lhs = lhs;
    this.connector = connector;
    this.rhs = rhs;
  }
}

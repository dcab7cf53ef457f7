/**
 * The `{% if %}` expression parser: a Pratt parser with Django's operators and
 * precedence (template/smartif.py): or < and < not < in, not in < is, ==, <, ...
 */
import type { Context } from "./context";
import { TemplateSyntaxError } from "./exceptions";
import { pyCompare, pyContains, pyEquals, truthy } from "./pyvalues";
import type { FilterExpression } from "./variable";

/** A compiled condition. */
export interface Condition {
  eval(context: Context): unknown;
}

type Binary = (x: () => unknown, y: () => unknown) => unknown;
const eager = (op: (x: unknown, y: unknown) => unknown): Binary => (x, y) => op(x(), y());
const isNone = (v: unknown) => v === null || v === undefined;

const safe = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch {
    // As in Django: an operator that fails (None < 1, 'x' in None) is false.
    return false;
  }
};

const INFIX: Record<string, [number, Binary]> = {
  // and/or short-circuit, so the right side (maybe a query) only runs when needed.
  or: [6, (x, y) => truthy(x()) || truthy(y())],
  and: [7, (x, y) => truthy(x()) && truthy(y())],
  in: [9, eager((x, y) => pyContains(y, x))],
  "not in": [9, eager((x, y) => !pyContains(y, x))],
  is: [10, eager((x, y) => x === y || (isNone(x) && isNone(y)))],
  "is not": [10, eager((x, y) => !(x === y || (isNone(x) && isNone(y))))],
  "==": [10, eager(pyEquals)],
  "!=": [10, eager((x, y) => !pyEquals(x, y))],
  ">": [10, eager((x, y) => pyCompare(x, y) > 0)],
  ">=": [10, eager((x, y) => pyCompare(x, y) >= 0)],
  "<": [10, eager((x, y) => pyCompare(x, y) < 0)],
  "<=": [10, eager((x, y) => pyCompare(x, y) <= 0)],
};

interface Token {
  id: string;
  /** How the token reads in messages: the operator, or a literal's text. */
  display: string;
  lbp: number;
  nud(parser: IfParser): Condition;
  led(left: Condition, parser: IfParser): Condition;
}

export class IfParser {
  private readonly tokens: Token[];
  private pos = 0;
  private current: Token;

  constructor(
    bits: string[],
    private readonly compile: (text: string) => FilterExpression,
    private readonly resolve: (expression: FilterExpression, context: Context) => unknown,
  ) {
    const merged: string[] = [];
    for (let i = 0; i < bits.length; i++) {
      const bit = bits[i] ?? "";
      const pair = `${bit} ${bits[i + 1] ?? ""}`;
      if (pair === "is not" || pair === "not in") {
        merged.push(pair);
        i++;
      } else {
        merged.push(bit);
      }
    }
    this.tokens = merged.map((bit) => this.token(bit));
    this.current = this.next();
  }

  parse(): Condition {
    const condition = this.expression();
    if (this.current.id !== "end") throw new TemplateSyntaxError(`Unused '${this.current.display}' at end of if expression.`);
    return condition;
  }

  expression(rbp = 0): Condition {
    let t = this.current;
    this.current = this.next();
    let left = t.nud(this);
    while (rbp < this.current.lbp) {
      t = this.current;
      this.current = this.next();
      left = t.led(left, this);
    }
    return left;
  }

  private next(): Token {
    return this.tokens[this.pos++] ?? this.end;
  }

  private readonly end: Token = {
    id: "end",
    display: "end",
    lbp: 0,
    nud: () => {
      throw new TemplateSyntaxError("Unexpected end of expression in if tag.");
    },
    led: () => {
      throw new TemplateSyntaxError("Unexpected end of expression in if tag.");
    },
  };

  private token(bit: string): Token {
    const infix = INFIX[bit];
    const notExpected = (): never => {
      throw new TemplateSyntaxError(`Not expecting '${bit}' in this position in if tag.`);
    };
    if (infix) {
      const [lbp, op] = infix;
      return {
        id: bit,
        display: bit,
        lbp,
        nud: notExpected,
        led: (left, parser) => {
          const right = parser.expression(lbp);
          return { eval: (context) => safe(() => op(() => left.eval(context), () => right.eval(context))) };
        },
      };
    }
    if (bit === "not") {
      return {
        id: bit,
        display: bit,
        lbp: 8,
        nud: (parser) => {
          const operand = parser.expression(8);
          return { eval: (context) => safe(() => !truthy(operand.eval(context))) };
        },
        led: () => {
          throw new TemplateSyntaxError(`Not expecting '${bit}' as infix operator in if tag.`);
        },
      };
    }
    const expression = this.compile(bit);
    return {
      id: "literal",
      display: bit,
      lbp: 0,
      nud: () => ({ eval: (context) => this.resolve(expression, context) }),
      led: () => {
        throw new TemplateSyntaxError(`Not expecting '${bit}' as infix operator in if tag.`);
      },
    };
  }
}

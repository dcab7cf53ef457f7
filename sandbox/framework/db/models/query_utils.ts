/**
 * Q objects (Django: db/models/query_utils.py): conditions combined with `.and()`,
 * `.or()` and `.not()` (Django's `&`, `|` and `~`).
 */

import type { Expression } from "./expressions";

/** One `field__lookup: value` condition. */
export type Condition = readonly [string, unknown];

/** A tree of conditions. `Q({ a: 1 })` is `a=1`; keyword conditions are sorted by name, as in Django. */
export class Q {
  readonly children: Array<Q | Condition | Expression>;
  readonly connector: "AND" | "OR";
  readonly negated: boolean;

  constructor(kwargs: Record<string, unknown> = {}, connector: "AND" | "OR" = "AND", negated = false,
    children: Array<Q | Condition | Expression> = []) {
    this.children = [...children, ...Object.entries(kwargs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))];
    this.connector = connector;
    this.negated = negated;
  }

  /** Both conditions (Django: `q1 & q2`). */
  and(other: Q): Q {
    return this.combine(other, "AND");
  }

  /** Either condition (Django: `q1 | q2`). */
  or(other: Q): Q {
    return this.combine(other, "OR");
  }

  /** The negation (Django: `~q`). */
  not(): Q {
    return new Q({}, "AND", true, [this]);
  }

  private combine(other: Q, connector: "AND" | "OR"): Q {
    if (other.children.length === 0) return this;
    if (this.children.length === 0) return other;
    return new Q({}, connector, false, [this, other]);
  }
}

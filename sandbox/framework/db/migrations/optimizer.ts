/**
 * The migration optimizer (Django: db/migrations/optimizer.py): merges operations of one
 * migration where it can (CreateModel then AddField becomes one CreateModel, CreateModel
 * then DeleteModel becomes nothing), each operation saying through `reduce()` what it
 * combines with and what may cross it.
 */
import type { Operation } from "./operations/base";

/** Django's MigrationOptimizer. */
export class MigrationOptimizer {
  /** Reduces `operations` of app `app_label` until nothing changes any more. */
  optimize(operations: readonly Operation[], app_label: string): Operation[] {
    let current = [...operations];
    for (;;) {
      const result = this.optimize_inner(current, app_label);
      if (result.length === current.length && result.every((op, i) => op === current[i])) return result;
      current = result;
    }
  }

  /**
   * One pass: the first operation that reduces with a later one is replaced, on the
   * right (after the operations in between) or, when each of those may cross the later
   * one, on the left; then the pass ends.
   */
  optimize_inner(operations: readonly Operation[], app_label: string): Operation[] {
    const result: Operation[] = [];
    for (const [i, operation] of operations.entries()) {
      let right = true;
      let stopped = false;
      for (let j = i + 1; j < operations.length; j++) {
        const other = operations[j] as Operation;
        const reduction = operation.reduce(other, app_label);
        if (Array.isArray(reduction)) {
          const in_between = operations.slice(i + 1, j);
          if (right) {
            result.push(...in_between, ...reduction);
          } else if (in_between.every((op) => op.reduce(other, app_label) === true)) {
            result.push(...reduction, ...in_between);
          } else {
            result.push(operation);
            stopped = true;
            break;
          }
          result.push(...operations.slice(j + 1));
          return result;
        }
        if (!reduction) right = false;
      }
      if (!stopped) result.push(operation);
    }
    return result;
  }
}

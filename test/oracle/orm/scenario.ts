/** One oracle scenario: a Django expression and its `mvt` equivalent over the same models and rows. */
import type * as models from "../../../sandbox/framework/db/models";
import type * as dispatch from "../../../sandbox/framework/dispatch";
import type * as transaction from "../../../sandbox/framework/db/transaction";
import type { MODELS } from "./models";

/** What an `mvt` scenario gets: the models, the `models` namespace (Q, F, Count, signals, ...), dispatch and transaction. */
export type World = typeof MODELS & { models: typeof models; dispatch: typeof dispatch; transaction: typeof transaction };

export interface Scenario {
  name: string;
  /** A Python expression, or statements that assign `result`. */
  python: string;
  /** The same in `mvt`; its return value is compared with Django's result. */
  mvt: (world: World) => unknown;
}

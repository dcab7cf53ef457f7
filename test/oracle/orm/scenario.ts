/** One oracle scenario: a Django expression and its `mvt` equivalent over the same models and rows. */
import type * as models from "../../../sandbox/framework/db/models";
import type { MODELS } from "./models";

/** What an `mvt` scenario gets: the models and the `models` namespace (Q, F, Count, ...). */
export type World = typeof MODELS & { models: typeof models };

export interface Scenario {
  name: string;
  /** A Python expression, or statements that assign `result`. */
  python: string;
  /** The same in `mvt`; its return value is compared with Django's result. */
  mvt: (world: World) => unknown;
}

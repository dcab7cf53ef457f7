/**
 * The `mvt` side of the oracle: one project over an in-memory sql.js database, reloaded
 * with the fixture before each scenario, and results normalised as harness.py does.
 */
import initSqlJs from "sql.js";
import { Tracer } from "../../../sandbox/framework/core/trace";
import * as models from "../../../sandbox/framework/db/models";
import * as dispatch from "../../../sandbox/framework/dispatch";
import * as transaction from "../../../sandbox/framework/db/transaction";
import { Apps } from "../../../sandbox/framework/apps/registry";
import { Connection } from "../../../sandbox/framework/db/backends/sqljs/base";
import { formatDatetime } from "../../../sandbox/framework/db/backends/sqljs/operations";
import { create_tables } from "../../../sandbox/framework/db/schema";
import { FIXTURE } from "./fixture";
import { MODELS } from "./models";
import type { Scenario } from "./scenario";

/** What a scenario produced: compared field by field with Django's. */
export interface Outcome {
  queries: number;
  result: unknown;
  error: string | null;
}

/** Builds the project once; `run` reloads the fixture and runs one scenario. */
export async function createWorld(): Promise<(scenario: Scenario) => Outcome> {
  const SQL = await initSqlJs();
  const tracer = new Tracer();
  const connection = new Connection(new SQL.Database(), tracer);
  const apps = new Apps(connection);
  apps.populate(["orm"], { "orm.models": MODELS });
  create_tables(apps);
  const world = { ...MODELS, models, dispatch, transaction };
  return (scenario) => {
    load(connection);
    tracer.reset();
    const outcome: Outcome = { queries: 0, result: null, error: null };
    try {
      outcome.result = normalise(scenario.mvt(world));
    } catch (error) {
      outcome.error = error instanceof Error ? error.constructor.name : String(error);
    }
    outcome.queries = tracer.queries.length;
    dispatch.reset_receivers();
    return outcome;
  };
}

function load(connection: Connection): void {
  for (const table of Object.keys(FIXTURE).reverse()) connection.execute(`DELETE FROM "${table}"`);
  connection.execute("DELETE FROM sqlite_sequence");
  for (const [table, rows] of Object.entries(FIXTURE)) {
    for (const row of rows) {
      const columns = Object.keys(row).map((c) => `"${c}"`).join(", ");
      connection.execute(`INSERT INTO "${table}" (${columns}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`,
        Object.values(row));
    }
  }
}

/** Plain JSON for a result: instances as "Model#pk", QuerySets as lists (evaluating them). */
export function normalise(value: unknown): unknown {
  if (value instanceof models.Model) return `${value.constructor.name}#${String(value.pk)}`;
  if (value instanceof models.QuerySet) return value.toArray().map(normalise);
  if (value instanceof Date) return formatDatetime(value).slice(0, 19);
  if (Array.isArray(value)) return value.map(normalise);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), normalise(v)]));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value === undefined ? null : value;
}

/**
 * The migration loader (Django: db/migrations/loader.py): reads every
 * `<app>.migrations.<name>` module into the graph, tells migrated apps from unmigrated
 * ones, knows what is applied, and builds the project state at any node.
 */
import type { Apps } from "../../apps/registry";
import { MigrationGraph, node_key, type NodeKey } from "./graph";
import { LoadedMigration, Migration } from "./migration";
import { Operation } from "./operations/base";
import { MigrationRecorder } from "./recorder";
import { ProjectState } from "./state";

/** A migration module without a usable Migration class (Django: BadMigrationError). */
export class BadMigrationError extends Error {
  override name = "BadMigrationError";
}

/** What the loader reads: the project's modules, its app labels and its live registry. */
export interface MigrationSource {
  modules: Record<string, Record<string, unknown>>;
  app_labels: readonly string[];
  apps: Apps;
}

export class MigrationLoader {
  readonly graph = new MigrationGraph();
  readonly migrated_apps = new Set<string>();
  readonly unmigrated_apps = new Set<string>();
  readonly recorder: MigrationRecorder;
  /** Applied migrations, "app.name" (re-read with reload_applied()). */
  applied = new Set<string>();

  constructor(readonly source: MigrationSource) {
    this.recorder = new MigrationRecorder(source.apps.connection);
    const migrations: LoadedMigration[] = [];
    for (const app_label of source.app_labels) {
      const found = migration_modules(source.modules, app_label).map(([name, module]) => load(app_label, name, module));
      (found.length ? this.migrated_apps : this.unmigrated_apps).add(app_label);
      migrations.push(...found);
    }
    for (const migration of migrations) this.graph.add_node(migration);
    for (const migration of migrations) {
      for (const [app, name] of migration.dependencies) {
        // Dependencies on apps without migrations are satisfied by their tables (Django: check_key).
        if (this.unmigrated_apps.has(app) || !source.app_labels.includes(app)) continue;
        this.graph.add_dependency(migration, node_key(app, name));
      }
    }
    this.reload_applied();
  }

  reload_applied(): void {
    this.applied = this.recorder.applied_migrations();
  }

  /** Apps with more than one leaf migration, with those leaves' names (Django: detect_conflicts). */
  detect_conflicts(): Map<string, string[]> {
    const conflicts = new Map<string, string[]>();
    for (const app of [...this.migrated_apps].sort()) {
      const leaves = this.graph.leaf_nodes(app);
      if (leaves.length > 1) conflicts.set(app, leaves.map((key) => this.migration(key).name));
    }
    return conflicts;
  }

  migration(key: NodeKey): LoadedMigration {
    const migration = this.graph.nodes.get(key);
    if (!migration) throw new Error(`Unknown migration ${key}`);
    return migration;
  }

  /**
   * The state after `nodes` and everything they depend on (before them when
   * `at_end` is false), on top of the unmigrated apps' models; all leaves by default.
   */
  project_state(nodes: NodeKey[] = this.graph.leaf_nodes(), at_end = true): ProjectState {
    const plan: NodeKey[] = [];
    for (const node of nodes) {
      for (const key of this.graph.forwards_plan(node)) if (!plan.includes(key)) plan.push(key);
    }
    const state = ProjectState.from_apps(this.source.apps, this.unmigrated_apps);
    for (const key of plan) {
      if (!at_end && nodes.includes(key)) continue;
      const migration = this.migration(key);
      for (const operation of migration.operations) operation.state_forwards(migration.app_label, state);
    }
    return state;
  }
}

/** `[name, module]` for each `<app>.migrations.<name>` module, sorted by name. */
function migration_modules(modules: Record<string, Record<string, unknown>>, app_label: string): Array<[string, Record<string, unknown>]> {
  const prefix = `${app_label}.migrations.`;
  return Object.entries(modules)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, module]): [string, Record<string, unknown>] => [key.slice(prefix.length), module])
    .filter(([name]) => !name.includes(".") && !name.startsWith("_") && !name.startsWith("~") && name !== "index")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function load(app_label: string, name: string, module: Record<string, unknown>): LoadedMigration {
  const cls = module["Migration"];
  const file = `${app_label}/migrations/${name}.ts`;
  if (typeof cls !== "function" || !(cls.prototype instanceof Migration || cls === Migration)) {
    throw new BadMigrationError(`Migration ${name} in app ${app_label} has no Migration class (${file}: export class Migration extends migrations.Migration).`);
  }
  const spec = cls as typeof Migration;
  const operations: unknown[] = Array.isArray(spec.operations) ? spec.operations : [];
  const bad = operations.findIndex((op) => !(op instanceof Operation));
  if (bad >= 0) throw new BadMigrationError(`Migration ${name} in app ${app_label}: operation #${bad + 1} is not a migration operation (${file}).`);
  const dependencies = Array.isArray(spec.dependencies) ? spec.dependencies : [];
  if (dependencies.some((d) => !Array.isArray(d) || d.length !== 2 || d.some((part) => typeof part !== "string"))) {
    throw new BadMigrationError(`Migration ${name} in app ${app_label}: dependencies must be [app_label, migration_name] pairs (${file}).`);
  }
  return new LoadedMigration(app_label, name, dependencies, operations as Operation[], spec.initial === true, spec.atomic !== false);
}

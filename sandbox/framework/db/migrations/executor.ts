/**
 * The migration executor (Django: db/migrations/executor.py): plans which migrations to
 * apply or unapply to reach the targets, runs each in a transaction with foreign key
 * checks off (SQLite table rebuilds need that), and records it in django_migrations.
 */
import { type NodeKey, node_key } from "./graph";
import type { MigrationLoader } from "./loader";
import type { LoadedMigration } from "./migration";
import { SchemaEditor } from "./schema_editor";

/** A target: an app and a migration name, or null for "zero" (unapply all). */
export type Target = [app_label: string, name: string | null];

/** One planned step: a migration and whether it is unapplied. */
export interface PlanStep {
  migration: LoadedMigration;
  backwards: boolean;
}

export class MigrationExecutor {
  constructor(readonly loader: MigrationLoader) {}

  /** The steps that reach `targets` from the applied set (Django: migration_plan). */
  migration_plan(targets: Target[]): PlanStep[] {
    const graph = this.loader.graph;
    const applied = new Set(this.loader.applied);
    const plan: PlanStep[] = [];
    const back = (start: NodeKey) => {
      for (const key of graph.backwards_plan(start)) {
        if (!applied.delete(key)) continue;
        plan.push({ migration: this.loader.migration(key), backwards: true });
      }
    };
    for (const [app, name] of targets) {
      if (name === null) {
        for (const root of graph.root_nodes(app)) back(root);
      } else if (applied.has(node_key(app, name))) {
        // Roll back only through the target's children in its own app, as Django does.
        for (const child of graph.children_of(node_key(app, name))) if (graph.nodes.get(child)?.app_label === app) back(child);
      } else {
        for (const key of graph.forwards_plan(node_key(app, name))) {
          if (applied.has(key)) continue;
          applied.add(key);
          plan.push({ migration: this.loader.migration(key), backwards: false });
        }
      }
    }
    return plan;
  }

  /** Runs `plan`; `progress` hears "Applying books.0001_initial..." lines as Django prints them. */
  migrate(plan: PlanStep[], progress: (line: string) => void = () => undefined): void {
    const connection = this.loader.source.apps.connection;
    connection.execute("PRAGMA foreign_keys = OFF");
    try {
      for (const { migration, backwards } of plan) {
        progress(`  ${backwards ? "Unapplying" : "Applying"} ${String(migration)}...`);
        const key = node_key(migration.app_label, migration.name);
        const run = () => {
          const editor = new SchemaEditor(connection);
          if (backwards) {
            migration.unapply(this.loader.project_state([key], false), editor);
            editor.flush_deferred();
            this.loader.recorder.record_unapplied(migration.app_label, migration.name);
          } else {
            migration.apply(this.loader.project_state([key], false), editor);
            editor.flush_deferred();
            this.loader.recorder.record_applied(migration.app_label, migration.name);
          }
          check_foreign_keys(connection.execute("PRAGMA foreign_key_check").rows, migration);
        };
        this.loader.recorder.ensure_schema();
        if (migration.atomic) connection.atomic(run);
        else run();
        this.loader.reload_applied();
        progress(" OK\n");
      }
    } finally {
      connection.execute("PRAGMA foreign_keys = ON");
    }
  }

  /** The SQL a migration would run, as sqlmigrate prints it (Django: collect_sql). */
  collect_sql(migration: LoadedMigration, backwards: boolean): string[] {
    const key = node_key(migration.app_label, migration.name);
    const editor = new SchemaEditor(this.loader.source.apps.connection, true);
    const state = this.loader.project_state([key], false);
    if (backwards) migration.unapply(state, editor);
    else migration.apply(state, editor);
    editor.flush_deferred();
    return editor.collected;
  }
}

/** Django's check_constraints after a schema change: a row left pointing nowhere fails the migration. */
function check_foreign_keys(rows: unknown[][], migration: LoadedMigration): void {
  const [table, rowid, parent] = rows[0] ?? [];
  if (table === undefined) return;
  throw new Error(`The row in table '${String(table)}' with primary key '${String(rowid)}' has an invalid foreign key: ` +
    `it points at a row of '${String(parent)}' that does not exist (after ${migration.file}).`);
}

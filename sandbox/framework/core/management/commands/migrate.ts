/**
 * migrate (Django: core/management/commands/migrate.py): applies or unapplies migrations
 * to reach a target, printing what Django prints. `run_syncdb` creates the tables of
 * apps without migrations, as Django's --run-syncdb does.
 */
import type { Project } from "../../../project";
import { MigrationAutodetector } from "../../../db/migrations/autodetector";
import { MigrationExecutor, type Target } from "../../../db/migrations/executor";
import { Questioner } from "../../../db/migrations/questioner";
import { ProjectState } from "../../../db/migrations/state";
import { check_conflicts, CommandError, type CommandResult, loader_for, project_app_labels, validate_app_labels } from "../base";
import { migration_by_prefix } from "../migration_names";
import { emit_post_migrate_signal } from "../sql";
import { sync_apps } from "../sync";

export interface MigrateOptions {
  app_label?: string;
  /** A migration name or prefix, or "zero" to unapply all of the app's migrations. */
  migration_name?: string;
  /** Record as applied without running (Django: --fake). */
  fake?: boolean;
  /** Show the plan, change nothing (Django: --plan). */
  plan?: boolean;
  run_syncdb?: boolean;
}

export function migrate(project: Project, options: MigrateOptions = {}): CommandResult {
  const loader = loader_for(project);
  check_conflicts(loader);
  const { app_label, migration_name } = options;
  let targets: Target[];
  if (app_label) {
    validate_app_labels(project, [app_label]);
    if (!options.run_syncdb && !loader.migrated_apps.has(app_label)) throw new CommandError(`App '${app_label}' does not have migrations.`);
  }
  if (app_label && migration_name) {
    targets = migration_name === "zero" ? [[app_label, null]]
      : [[app_label, migration_by_prefix(loader, app_label, migration_name).name]];
  } else {
    targets = loader.graph.leaf_nodes().map((key) => loader.migration(key)).filter((m) => !app_label || m.app_label === app_label)
      .map((m): Target => [m.app_label, m.name]);
  }
  const executor = new MigrationExecutor(loader);
  const plan = executor.migration_plan(targets);
  if (options.plan) {
    return { output: ["Planned operations:", ...(plan.length ? plan.flatMap(({ migration, backwards }) => [String(migration),
      ...migration.operations.map((o) => `    ${backwards ? "Undo " : ""}${o.describe()}`)]) : ["  No planned migration operations."])].join("\n") };
  }

  const out: string[] = ["Operations to perform:"];
  if (options.run_syncdb) out.push(`  Synchronize unmigrated apps: ${[...loader.unmigrated_apps].sort().join(", ")}`);
  if (!app_label || !migration_name) out.push(`  Apply all migrations: ${app_label ?? ([...loader.migrated_apps].sort().join(", ") || "(none)")}`);
  else if (migration_name === "zero") out.push(`  Unapply all migrations: ${app_label}`);
  else out.push(`  Target specific migration: ${targets[0]?.[1] ?? ""}, from ${app_label}`);
  if (options.run_syncdb) out.push(...sync_apps(project, loader.unmigrated_apps).lines);
  out.push("Running migrations:");
  if (!plan.length) {
    out.push("  No migrations to apply.");
    const pending = unmigrated_changes(project, loader);
    if (pending.length) {
      out.push(`  Your models in app(s): ${pending.map((a) => `'${a}'`).join(", ")} have changes that are not yet reflected in a migration, and so won't be applied.`,
        "  Run 'manage.py makemigrations' to make new migrations, and then re-run 'manage.py migrate' to apply them.");
    }
  } else if (options.fake) {
    for (const { migration, backwards } of plan) {
      if (backwards) loader.recorder.record_unapplied(migration.app_label, migration.name);
      else loader.recorder.record_applied(migration.app_label, migration.name);
      out.push(`  ${backwards ? "Unapplying" : "Applying"} ${String(migration)}... FAKED`);
    }
  } else {
    let line = "";
    executor.migrate(plan, (part) => {
      line += part;
      if (line.endsWith("\n")) {
        out.push(line.trimEnd());
        line = "";
      }
    });
  }
  emit_post_migrate_signal(project);
  return { output: out.join("\n") };
}

/** Project apps whose models differ from their migrations. */
function unmigrated_changes(project: Project, loader: ReturnType<typeof loader_for>): string[] {
  const apps = new Set(project_app_labels(project).filter((a) => loader.migrated_apps.has(a)));
  const detector = new MigrationAutodetector(loader.project_state(), ProjectState.from_apps(project.apps, apps), new Questioner());
  return [...detector.detect(apps).keys()].sort();
}

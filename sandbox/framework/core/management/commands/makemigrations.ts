/**
 * makemigrations (Django: core/management/commands/makemigrations.py): compares the
 * models with the migrations and returns the new migration files to write. Renames and
 * one-off defaults come back as questions; call again with `answers`.
 */
import type { Project } from "../../../project";
import { MigrationAutodetector } from "../../../db/migrations/autodetector";
import { arrange, name_timestamp } from "../../../db/migrations/make";
import { MakemigrationsQuit, QuestionPending, Questioner } from "../../../db/migrations/questioner";
import { ProjectState } from "../../../db/migrations/state";
import { migration_path, migration_source, type NewMigration } from "../../../db/migrations/writer";
import { check_conflicts, CommandError, type CommandResult, loader_for, project_app_labels } from "../base";

export interface MakemigrationsOptions {
  /** Only these apps (Django: positional app_label arguments). */
  app_labels?: string[];
  /** The migration's name instead of the suggested one (Django: --name). */
  name?: string;
  /** An empty migration for a data migration (Django: --empty). */
  empty?: boolean;
  /** Merge conflicting leaf migrations (Django: --merge). */
  merge?: boolean;
  /** Print what would be written, write nothing (Django: --dry-run). */
  dry_run?: boolean;
  /** Answers to earlier questions, by question id. */
  answers?: Record<string, string>;
  now?: Date;
}

export function makemigrations(project: Project, options: MakemigrationsOptions = {}): CommandResult {
  const now = options.now ?? new Date();
  const project_apps = project_app_labels(project);
  const labels = options.app_labels ?? [];
  const unknown = labels.filter((label) => !project_apps.includes(label));
  if (unknown.length) {
    throw new CommandError(unknown.map((label) => `App '${label}' could not be found. Is it in INSTALLED_APPS?`).join("\n"));
  }
  const apps = new Set(labels.length ? labels : project_apps);
  const loader = loader_for(project);
  if (options.merge) return merge(loader, options, now);
  check_conflicts(loader);

  let migrations: NewMigration[];
  if (options.empty) {
    if (!labels.length) throw new CommandError("You must supply at least one app label when using --empty.");
    migrations = arrange(new Map(labels.map((label) => [label, []])), loader, { name: options.name, now });
  } else {
    const questioner = new Questioner(options.answers);
    // Apps without migrations yet start from nothing (Django keeps them out of the migration state).
    const history = loader.project_state();
    for (const [key, model] of history.models) if (loader.unmigrated_apps.has(model.app_label) && apps.has(model.app_label)) history.models.delete(key);
    const detector = new MigrationAutodetector(history, ProjectState.from_apps(project.apps, apps), questioner);
    let changes;
    try {
      changes = detector.detect(apps);
    } catch (error) {
      if (error instanceof QuestionPending) return { output: error.question.text, questions: [error.question] };
      if (error instanceof MakemigrationsQuit) throw new CommandError(error.message);
      throw error;
    }
    migrations = arrange(changes, loader, { name: options.name, now });
  }
  if (!migrations.length) {
    const which = labels.length === 1 ? ` in app '${labels[0]}'` : labels.length ? ` in apps '${labels.join("', '")}'` : "";
    return { output: `No changes detected${which}` };
  }
  return written(migrations, options.dry_run ?? false, now);
}

/** Django's "Migrations for 'books':" report, and the files unless it is a dry run. */
function written(migrations: NewMigration[], dry_run: boolean, now: Date): CommandResult {
  const lines: string[] = [];
  for (const migration of migrations) {
    lines.push(`Migrations for '${migration.app_label}':`, `  ${migration_path(migration)}`);
    for (const operation of migration.operations) lines.push(`    - ${operation.describe()}`);
  }
  const files = migrations.map((m) => ({ path: migration_path(m), content: migration_source(m, now) }));
  return dry_run ? { output: lines.join("\n") } : { output: lines.join("\n"), files };
}

/** A migration depending on every leaf of each conflicting app, with no operations (Django: handle_merge). */
function merge(loader: ReturnType<typeof loader_for>, options: MakemigrationsOptions, now: Date): CommandResult {
  const conflicts = loader.detect_conflicts();
  if (!conflicts.size) return { output: "No conflicts detected to merge." };
  const migrations: NewMigration[] = [];
  const lines: string[] = [];
  for (const [app_label, leaves] of conflicts) {
    const number = Math.max(...leaves.map((leaf) => Number.parseInt(leaf, 10) || 0)) + 1;
    const joined = [...leaves].sort().join("_");
    const suffix = options.name ?? `merge_${joined.length > 47 ? name_timestamp(now) : joined}`;
    lines.push(`Merging ${app_label}`, ...leaves.map((leaf) => `  Branch ${leaf}`));
    migrations.push({ app_label, name: `${String(number).padStart(4, "0")}_${suffix}`, initial: false,
      dependencies: leaves.map((leaf): [string, string] => [app_label, leaf]), operations: [] });
  }
  const result = written(migrations, options.dry_run ?? false, now);
  return { ...result, output: [...lines, ...migrations.map((m) => `\nCreated new merge migration ${migration_path(m)}`)].join("\n") };
}

/** sqlmigrate (Django: core/management/commands/sqlmigrate.py): the SQL a migration runs on SQLite, as text. */
import type { Project } from "../../../project";
import { MigrationExecutor } from "../../../db/migrations/executor";
import { check_conflicts, type CommandResult, loader_for, validate_app_labels } from "../base";
import { migration_by_prefix } from "../migration_names";

export function sqlmigrate(project: Project, options: { app_label: string; migration_name: string; backwards?: boolean }): CommandResult {
  validate_app_labels(project, [options.app_label]);
  const loader = loader_for(project);
  check_conflicts(loader);
  const migration = migration_by_prefix(loader, options.app_label, options.migration_name, " Is it in INSTALLED_APPS?");
  const sql = new MigrationExecutor(loader).collect_sql(migration, options.backwards ?? false);
  if (!sql.length) return { output: "No operations found." };
  return { output: (migration.atomic ? ["BEGIN;", ...sql, "COMMIT;"] : sql).join("\n") };
}

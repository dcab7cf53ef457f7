/** Finding a migration by name or prefix, as migrate and sqlmigrate do (Django: get_migration_by_prefix). */
import type { MigrationLoader } from "../../db/migrations/loader";
import type { LoadedMigration } from "../../db/migrations/migration";
import { CommandError } from "./base";

/** The app's migration whose name is or starts with `prefix`; Django's errors otherwise. */
export function migration_by_prefix(loader: MigrationLoader, app_label: string, prefix: string, hint = ""): LoadedMigration {
  if (!loader.migrated_apps.has(app_label)) throw new CommandError(`App '${app_label}' does not have migrations.`);
  const candidates = [...loader.graph.nodes.values()].filter((m) => m.app_label === app_label && m.name.startsWith(prefix));
  const exact = candidates.find((m) => m.name === prefix);
  if (exact) return exact;
  if (candidates.length > 1) throw new CommandError(`More than one migration matches '${prefix}' in app '${app_label}'. Please be more specific.`);
  const [only] = candidates;
  if (!only) throw new CommandError(`Cannot find a migration matching '${prefix}' from app '${app_label}'.${hint}`);
  return only;
}

/**
 * Tables for apps without migrations (Django: migrate's sync_apps, --run-syncdb), and
 * what the runtime calls when a project loads: `migrate_on_load`.
 */
import type { Project } from "../../project";
import { create_tables } from "../../db/schema";
import { loader_for } from "./base";

/** Creates the missing tables of `app_labels`' models; returns Django's progress lines. */
export function sync_apps(project: Project, app_labels: ReadonlySet<string>): string[] {
  const created = project.connection.atomic(() => create_tables(project.apps, app_labels));
  return ["Synchronizing apps without migrations:", "  Creating tables...", ...created.map((table) => `    Creating table ${table}`), "    Running deferred SQL..."];
}

/**
 * What a project load does instead of creating every table (Django's rule): apps without
 * migrations get their tables (syncdb); apps with migrations get tables only from
 * `migrate`. Returns runserver's warning when migrations are unapplied, else "".
 */
export function migrate_on_load(project: Project): string {
  const loader = loader_for(project);
  sync_apps(project, loader.unmigrated_apps);
  const unapplied = [...loader.graph.nodes.keys()].filter((key) => !loader.applied.has(key));
  if (!unapplied.length) return "";
  const apps = [...new Set(unapplied.map((key) => loader.migration(key).app_label))].sort();
  return `You have ${unapplied.length} unapplied migration(s). Your project may not work properly until you apply the ` +
    `migrations for app(s): ${apps.join(", ")}.\nRun 'python manage.py migrate' to apply them (the migrate command).`;
}

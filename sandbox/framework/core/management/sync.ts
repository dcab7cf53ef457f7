/**
 * Tables for apps without migrations (Django: migrate's sync_apps, --run-syncdb), and
 * what the runtime calls when a project loads: `migrate_on_load`.
 */
import type { Project } from "../../project";
import { create_tables } from "../../db/schema";
import { loader_for } from "./base";
import { emit_post_migrate_signal } from "./sql";

/** Creates the missing tables of `app_labels`' models; returns Django's progress lines and the tables made. */
export function sync_apps(project: Project, app_labels: ReadonlySet<string>): { lines: string[]; created: string[] } {
  const created = project.connection.atomic(() => create_tables(project.apps, app_labels));
  const lines = ["Synchronizing apps without migrations:", "  Creating tables...", ...created.map((table) => `    Creating table ${table}`), "    Running deferred SQL..."];
  return { lines, created };
}

/**
 * What a project load does instead of creating every table (Django's rule): apps without
 * migrations get their tables (syncdb, then post_migrate when any were made); apps with
 * migrations get tables only from `migrate`. Returns runserver's warning when migrations are unapplied, else "".
 */
export function migrate_on_load(project: Project): string {
  const loader = loader_for(project);
  // Tables made here are migrate's syncdb part: post_migrate follows, as after migrate.
  if (sync_apps(project, loader.unmigrated_apps).created.length) emit_post_migrate_signal(project);
  const unapplied = [...loader.graph.nodes.keys()].filter((key) => !loader.applied.has(key));
  if (!unapplied.length) return "";
  const apps = [...new Set(unapplied.map((key) => loader.migration(key).app_label))].sort();
  return `You have ${unapplied.length} unapplied migration(s). Your project may not work properly until you apply the ` +
    `migrations for app(s): ${apps.join(", ")}.\nRun 'python manage.py migrate' to apply them (the migrate command).`;
}

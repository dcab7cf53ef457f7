/**
 * Tables for apps without migrations (Django: migrate's sync_apps, --run-syncdb), and
 * what the runtime calls when a project loads: `migrate_on_load`.
 */
import type { Project } from "../../project";
import { SchemaEditor } from "../../db/migrations/schema_editor";
import { loader_for } from "./base";

/** Creates the missing tables of `app_labels`' models; returns Django's progress lines. */
export function sync_apps(project: Project, app_labels: ReadonlySet<string>): string[] {
  const connection = project.connection;
  const existing = new Set(connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows.map(([name]) => String(name)));
  // Automatic through models are created with the model of their field, as Django's syncdb does.
  const models = project.apps.get_models().filter((m) => !m._meta.auto_created && app_labels.has(m._meta.app_label) && !existing.has(m._meta.db_table));
  const lines = ["Synchronizing apps without migrations:", "  Creating tables..."];
  connection.atomic(() => {
    const editor = new SchemaEditor(connection);
    for (const model of models) {
      lines.push(`    Creating table ${model._meta.db_table}`);
      editor.create_model(model);
    }
    lines.push("    Running deferred SQL...");
    editor.flush_deferred();
  });
  return lines;
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

/** showmigrations (Django: core/management/commands/showmigrations.py): each app's migrations with [X] when applied. */
import type { Project } from "../../../project";
import { type CommandResult, loader_for, validate_app_labels } from "../base";

export function showmigrations(project: Project, options: { app_labels?: string[] } = {}): CommandResult {
  const loader = loader_for(project);
  const labels = options.app_labels?.length ? options.app_labels : [...loader.migrated_apps].sort();
  validate_app_labels(project, labels);
  const out: string[] = [];
  for (const app of labels) {
    out.push(app);
    const shown = new Set<string>();
    for (const leaf of loader.graph.leaf_nodes(app)) {
      for (const key of loader.graph.forwards_plan(leaf)) {
        const migration = loader.migration(key);
        if (shown.has(key) || migration.app_label !== app) continue;
        out.push(` [${loader.applied.has(key) ? "X" : " "}] ${migration.name}`);
        shown.add(key);
      }
    }
    if (!shown.size) out.push(" (no migrations)");
  }
  return { output: out.join("\n") };
}

/**
 * What commands share for the database (Django: core/management/sql.py):
 * emit_post_migrate_signal, sent by migrate and flush.
 */
import type { Project } from "../../project";
import { post_migrate } from "../../db/models/signals";
import { all_app_labels } from "./base";

/** Sends post_migrate once per installed app, as migrate and flush do when they finish. */
export function emit_post_migrate_signal(project: Project): void {
  for (const app_label of all_app_labels(project)) {
    post_migrate.send(app_label, { app_label, verbosity: 1, interactive: false, using: "default", apps: project.apps });
  }
}

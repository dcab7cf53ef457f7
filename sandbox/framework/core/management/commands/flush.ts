/**
 * flush (Django: core/management/commands/flush.py): deletes every row of every model's
 * table in one transaction; django_migrations is kept, and post_migrate is sent, as in Django.
 */
import type { Project } from "../../../project";
import { quote_name } from "../../../db/migrations/schema_editor";
import type { CommandResult } from "../base";
import { emit_post_migrate_signal } from "../sql";

export function flush(project: Project): CommandResult {
  const connection = project.connection;
  const existing = new Set(connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows.map(([n]) => String(n)));
  const deleted = connection.atomic(() => {
    let rows = 0;
    // Children first, so foreign keys never point at a deleted row mid-way.
    for (const model of [...project.apps.get_models()].reverse()) {
      if (existing.has(model._meta.db_table)) rows += connection.execute(`DELETE FROM ${quote_name(model._meta.db_table)}`).rowsModified;
    }
    return rows;
  });
  // As Django's flush: post_migrate follows, so the default permissions are there again.
  emit_post_migrate_signal(project);
  return { output: `Deleted ${deleted} row(s) from every model's table.` };
}

/**
 * Turning detected changes into named migrations (Django: arrange_for_graph and
 * Migration.suggest_name): numbers after each app's leaf, names from the operations,
 * dependencies on the app's leaf and on the apps its new relations point at.
 */
import { relation_target } from "./field_utils";
import type { Changes } from "./autodetector";
import type { MigrationLoader } from "./loader";
import type { Operation } from "./operations/base";
import { CreateModel } from "./operations/models";
import { AddField } from "./operations/fields";
import type { NewMigration } from "./writer";

/** Django's get_migration_name_timestamp(): "20240105_1030". */
export function name_timestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** Django's Migration.suggest_name(). */
export function suggest_name(operations: Operation[], initial: boolean, now: Date): string {
  if (operations.length === 1) {
    const fragment = operations[0]?.migration_name_fragment;
    if (fragment) return fragment;
  } else if (operations.length > 1 && operations.every((o) => o instanceof CreateModel)) {
    return operations.map((o) => o.migration_name_fragment ?? "").sort().join("_");
  }
  return initial ? "initial" : `auto_${name_timestamp(now)}`;
}

/** One new migration per app with changes, named and with its dependencies. */
export function arrange(changes: Changes, loader: MigrationLoader, options: { name?: string; now?: Date } = {}): NewMigration[] {
  const now = options.now ?? new Date();
  const named = new Map<string, string>();
  const result: NewMigration[] = [];
  for (const app_label of [...changes.keys()].sort()) {
    const operations = changes.get(app_label) ?? [];
    const leaf = loader.graph.leaf_nodes(app_label)[0];
    const leaf_name = leaf ? loader.migration(leaf).name : undefined;
    const number = (leaf_name ? Number.parseInt(leaf_name, 10) || 0 : 0) + 1;
    const initial = leaf_name === undefined;
    const suffix = options.name ?? (initial ? "initial" : suggest_name(operations, initial, now));
    const name = `${String(number).padStart(4, "0")}_${suffix}`;
    named.set(app_label, name);
    result.push({ app_label, name, initial, dependencies: leaf_name ? [[app_label, leaf_name]] : [], operations });
  }
  for (const migration of result) {
    for (const target of related_apps(migration.operations)) {
      if (target === migration.app_label || !loader.migrated_apps.has(target) && !named.has(target)) continue;
      const leaf = loader.graph.leaf_nodes(target)[0];
      const name = named.get(target) ?? (leaf ? loader.migration(leaf).name : undefined);
      if (name && !migration.dependencies.some(([a]) => a === target)) migration.dependencies.push([target, name]);
    }
    migration.dependencies.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return result;
}

/** Apps that the operations' relation fields point at. */
function related_apps(operations: Operation[]): Set<string> {
  const apps = new Set<string>();
  for (const operation of operations) {
    const fields = operation instanceof CreateModel ? operation.fields.map(([, f]) => f)
      : operation instanceof AddField ? [operation.args.field] : [];
    for (const field of fields) {
      const target = relation_target(field);
      if (target?.includes(".")) apps.add(target.split(".")[0] ?? "");
    }
  }
  return apps;
}

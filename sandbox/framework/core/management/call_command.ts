/**
 * call_command (Django: django.core.management.call_command): runs a command by name,
 * e.g. `call_command(project, "migrate", ["books", "0001"])` or with options.
 */
import type { Project } from "../../project";
import { CommandError, type CommandResult } from "./base";
import { createcachetable } from "./commands/createcachetable";
import { dumpdata } from "./commands/dumpdata";
import { flush } from "./commands/flush";
import { type Fixture, loaddata } from "./commands/loaddata";
import { makemigrations, type MakemigrationsOptions } from "./commands/makemigrations";
import { migrate, type MigrateOptions } from "./commands/migrate";
import { showmigrations } from "./commands/showmigrations";
import { sqlmigrate } from "./commands/sqlmigrate";

/** Options of any command (each reads its own). */
export type CallOptions = MakemigrationsOptions & MigrateOptions & { backwards?: boolean; indent?: number; fixtures?: Fixture[] };

const COMMANDS: Record<string, (project: Project, args: string[], options: CallOptions) => CommandResult> = {
  makemigrations: (project, args, options) => makemigrations(project, { ...options, app_labels: args.length ? args : options.app_labels }),
  migrate: (project, [app_label, migration_name], options) => migrate(project, { ...options, app_label: app_label ?? options.app_label, migration_name: migration_name ?? options.migration_name }),
  showmigrations: (project, args) => showmigrations(project, { app_labels: args }),
  sqlmigrate: (project, [app_label, migration_name], options) => {
    if (!app_label || !migration_name) throw new CommandError("Error: the following arguments are required: app_label, migration_name");
    return sqlmigrate(project, { app_label, migration_name, backwards: options.backwards });
  },
  flush: (project) => flush(project),
  loaddata: (project, _args, options) => loaddata(project, { fixtures: options.fixtures ?? [] }),
  dumpdata: (project, args, options) => dumpdata(project, { app_labels: args, indent: options.indent }),
  createcachetable: (project) => createcachetable(project),
};

/** The names call_command knows, for the command palette. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

export function call_command(project: Project, name: string, args: string[] = [], options: CallOptions = {}): CommandResult {
  const command = COMMANDS[name];
  if (!command) throw new CommandError(`Unknown command: '${name}'. Commands: ${COMMAND_NAMES.join(", ")}.`);
  return command(project, args, options);
}

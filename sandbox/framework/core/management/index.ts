/** Management commands (Django: django.core.management), as functions over a loaded Project. */
export { call_command, COMMAND_NAMES, type CallOptions } from "./call_command";
export { CommandError, type CommandFile, type CommandResult } from "./base";
export { migrate_on_load } from "./sync";
export { makemigrations, type MakemigrationsOptions } from "./commands/makemigrations";
export { migrate, type MigrateOptions } from "./commands/migrate";
export { showmigrations } from "./commands/showmigrations";
export { sqlmigrate } from "./commands/sqlmigrate";
export { flush } from "./commands/flush";
export { loaddata, type Fixture } from "./commands/loaddata";
export { dumpdata, type DumpdataOptions } from "./commands/dumpdata";

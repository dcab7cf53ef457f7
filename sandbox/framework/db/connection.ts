/**
 * The default connection (Django: django.db.connection): the database of the project
 * loaded last, for module-level helpers such as `transaction.atomic`.
 */
import { ImproperlyConfigured } from "../core/exceptions";
import type { Connection } from "./backends/sqljs/base";

let current: Connection | undefined;

/** Makes `connection` the default (the app registry of each load does this). */
export function set_default_connection(connection: Connection): void {
  current = connection;
}

/** The default connection; ImproperlyConfigured before any project is loaded. */
export function default_connection(): Connection {
  if (!current) throw new ImproperlyConfigured("No database connection yet: the project is not loaded.");
  return current;
}

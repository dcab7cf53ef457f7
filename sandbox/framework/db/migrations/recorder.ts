/**
 * The applied-migrations table (Django: db/migrations/recorder.py): `django_migrations`
 * with Django's columns, so the database file reads the same in Django.
 */
import type { Connection } from "../backends/sqljs/base";
import { formatDatetime } from "../backends/sqljs/operations";

const TABLE = "django_migrations";

export class MigrationRecorder {
  constructor(readonly connection: Connection) {}

  has_table(): boolean {
    return this.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]).rows.length > 0;
  }

  /** Creates the table if it is missing (Django: ensure_schema). */
  ensure_schema(): void {
    if (this.has_table()) return;
    this.connection.execute(`CREATE TABLE "${TABLE}" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, ` +
      '"app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)');
  }

  /** Applied migrations as "app.name" keys. */
  applied_migrations(): Set<string> {
    if (!this.has_table()) return new Set();
    return new Set(this.connection.execute(`SELECT "app", "name" FROM "${TABLE}"`).rows.map(([app, name]) => `${String(app)}.${String(name)}`));
  }

  record_applied(app: string, name: string): void {
    this.ensure_schema();
    this.connection.execute(`INSERT INTO "${TABLE}" ("app", "name", "applied") VALUES (?, ?, ?)`, [app, name, formatDatetime(new Date())]);
  }

  record_unapplied(app: string, name: string): void {
    this.ensure_schema();
    this.connection.execute(`DELETE FROM "${TABLE}" WHERE "app" = ? AND "name" = ?`, [app, name]);
  }
}

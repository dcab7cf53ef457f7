/**
 * A project for command tests: the given models and migration sources (TypeScript, as
 * makemigrations writes them) over a fresh database with no tables yet.
 */
import { transformSync } from "esbuild";
import initSqlJs from "sql.js";
import * as mvt from "../../../../../sandbox/framework";
import { setup, type Project } from "../../../../../sandbox/framework";

const SQL = await initSqlJs();

/** Evaluates a migration file's source with `mvt` as its only import. */
export function load_module(source: string): Record<string, unknown> {
  const { code } = transformSync(source, { loader: "ts", format: "cjs" });
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (name !== "mvt") throw new Error(`unexpected import ${name}`);
    return mvt;
  };
  new Function("module", "exports", "require", code)(module, module.exports, require);
  return module.exports;
}

/** A project with `books.models` and migration files by path ("books/migrations/0001_initial.ts"). */
export function project_with(models: Record<string, unknown>, files: Record<string, string> = {}, database = new SQL.Database()): Project {
  const modules: Record<string, Record<string, unknown>> = {
    settings: { INSTALLED_APPS: ["books"], ROOT_URLCONF: "urls", DEBUG: true },
    urls: { urlpatterns: [] },
    "books.models": models,
  };
  for (const [path, source] of Object.entries(files)) modules[path.replace(/\.ts$/, "").replaceAll("/", ".")] = load_module(source);
  const project = setup({ modules, database });
  // setup() syncs the tables of apps without migrations; these flows start from a database that has never been migrated.
  const migrated = project.connection.execute("SELECT name FROM sqlite_master WHERE name = 'django_migrations'").rows.length > 0;
  if (!migrated) for (const model of project.apps.get_models()) project.connection.execute(`DROP TABLE IF EXISTS "${model._meta.db_table}"`);
  return project;
}

export const SQLDatabase = SQL.Database;

/** The tables SQLite has, without its own. */
export function tables(project: Project): string[] {
  return project.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").rows.map(([n]) => String(n));
}

/**
 * How a project's files map to modules and templates, as Django lays a project out:
 * `books/views.ts` is the module "books.views", `templates/books/list.html` and
 * `books/templates/books/list.html` are the template "books/list.html".
 */
import type { ProjectFiles } from "../protocol";

const SOURCE = /\.(ts|tsx|js)$/;

/** "books/views.ts" -> "books.views"; "urls.ts" -> "urls". */
export function moduleName(file: string): string {
  return file.replace(SOURCE, "").split("/").join(".");
}

/** The project's source modules, as file paths in a stable order (settings first). */
export function sourceFiles(files: ProjectFiles): string[] {
  return Object.keys(files)
    .filter((file) => SOURCE.test(file) && !file.endsWith(".d.ts") && !file.includes("/templates/"))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(file: string): number {
  if (file === "settings.ts") return 0;
  if (file.endsWith("/models.ts")) return 1;
  return 2;
}

/**
 * Templates by name. Project-level `templates/` wins over app `templates/` folders, as
 * with Django's DIRS before APP_DIRS.
 */
export function templateSources(files: ProjectFiles): Record<string, string> {
  const fromApps: Record<string, string> = {};
  const fromProject: Record<string, string> = {};
  for (const [file, source] of Object.entries(files)) {
    if (file.startsWith("templates/")) {
      fromProject[file.slice("templates/".length)] = source;
      continue;
    }
    const appTemplate = /^[^/]+\/templates\/(.+)$/.exec(file);
    if (appTemplate?.[1] && !(appTemplate[1] in fromApps)) fromApps[appTemplate[1]] = source;
  }
  return { ...fromApps, ...fromProject };
}

/** Fixture files by name ("books.json"), from `fixtures/` and each app's `fixtures/`. */
export function fixtureFiles(files: ProjectFiles): Record<string, { file: string; source: string }> {
  const found: Record<string, { file: string; source: string }> = {};
  for (const [file, source] of Object.entries(files)) {
    const match = /^(?:[^/]+\/)?fixtures\/([^/]+\.json)$/.exec(file);
    if (match?.[1] && !(match[1] in found)) found[match[1]] = { file, source };
  }
  return found;
}

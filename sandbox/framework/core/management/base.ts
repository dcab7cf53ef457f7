/**
 * What every management command shares (Django: core/management/base.py): CommandError,
 * the result shape, and the project's apps as the migration machinery reads them.
 */
import type { Project } from "../../project";
import { MigrationLoader } from "../../db/migrations/loader";
import type { Question } from "../../db/migrations/questioner";

/** Bad input to a command, with Django's message (Django: CommandError). */
export class CommandError extends Error {
  override name = "CommandError";
}

/** A file makemigrations asks the host to write (the framework cannot write files). */
export interface CommandFile {
  path: string;
  content: string;
}

/** What a command returns: what Django prints, files to write, questions to answer. */
export interface CommandResult {
  output: string;
  files?: CommandFile[];
  /** makemigrations' unanswered questions: answer them and call again with `answers`. */
  questions?: Question[];
}

/** App labels of INSTALLED_APPS whose models live in the project (not built-in contrib apps). */
export function project_app_labels(project: Project): string[] {
  const installed = project.options.modules["settings"]?.["INSTALLED_APPS"];
  const apps = Array.isArray(installed) ? installed.filter((a): a is string => typeof a === "string") : [];
  return apps.filter((app) => project.options.modules[`${app}.models`] || Object.keys(project.options.modules).some((k) => k.startsWith(`${app}.migrations.`)))
    .map((app) => app.split(".").pop() ?? app);
}

/** Every app label: the project's apps and those of the built-in apps that have models. */
export function all_app_labels(project: Project): string[] {
  const labels = new Set(project_app_labels(project));
  for (const model of project.apps.get_models()) labels.add(model._meta.app_label);
  return [...labels];
}

/** A fresh loader over the project's migration modules and database. */
export function loader_for(project: Project): MigrationLoader {
  return new MigrationLoader({ modules: project.options.modules, app_labels: all_app_labels(project), apps: project.apps });
}

/** Django's conflict error, when an app has two leaf migrations. */
export function check_conflicts(loader: MigrationLoader): void {
  const conflicts = loader.detect_conflicts();
  if (!conflicts.size) return;
  const names = [...conflicts].map(([app, leaves]) => `${leaves.join(", ")} in ${app}`).join("; ");
  throw new CommandError(`Conflicting migrations detected; multiple leaf nodes in the migration graph: (${names}).\n` +
    "To fix them run 'python manage.py makemigrations --merge' (here: makemigrations with merge: true).");
}

/** Rejects labels that are not installed apps: "No installed app with label 'x'." */
export function validate_app_labels(project: Project, labels: readonly string[]): void {
  const known = all_app_labels(project);
  const missing = labels.filter((label) => !known.includes(label));
  if (missing.length) throw new CommandError(missing.map((label) => `No installed app with label '${label}'.`).join("\n"));
}

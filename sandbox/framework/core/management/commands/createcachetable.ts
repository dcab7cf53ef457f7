/**
 * createcachetable (Django: core/management/commands/createcachetable.py): makes the
 * table of every DatabaseCache in settings.CACHES that does not exist yet.
 */
import type { Project } from "../../../project";
import { createcachetable as create } from "../../cache";
import type { CommandResult } from "../base";

export function createcachetable(project: Project): CommandResult {
  const caches = project.options.modules["settings"]?.["CACHES"];
  const configured = typeof caches === "object" && caches !== null ? caches as Record<string, Record<string, unknown>> : {};
  return { output: create(configured, project.connection).join("\n") };
}

import type { HostApi } from "../../../app/contract";
import type { AppState } from "./types";

/**
 * Where the open files and database are saved: a lesson's working copy or a project
 * folder. Editor and preview code save through this, whichever is open.
 */
export interface SaveTarget {
  /** Identifies what is open: a change of key means answers for the old one are stale. */
  key: string;
  writeFile(path: string, content: string): Promise<void>;
  writeDatabase(bytes: Uint8Array): Promise<void>;
}

/** The open lesson's or project's target, or null on Home. */
export function saveTarget(state: AppState, host: HostApi): SaveTarget | null {
  const { lesson, project } = state;
  if (lesson) {
    return {
      key: `lesson:${lesson.packId}/${lesson.id}`,
      writeFile: (path, content) => host.writeLessonFile(lesson.packId, lesson.id, path, content),
      writeDatabase: (bytes) => host.writeLessonDatabase(lesson.packId, lesson.id, bytes),
    };
  }
  if (project) {
    return {
      key: `project:${project.root}`,
      writeFile: (path, content) => host.writeProjectFile(project.root, path, content),
      writeDatabase: (bytes) => host.writeProjectDatabase(project.root, bytes),
    };
  }
  return null;
}

/** The key of what is open, for staleness checks; "" on Home. */
export function openKey(state: AppState): string {
  if (state.lesson) return `lesson:${state.lesson.packId}/${state.lesson.id}`;
  if (state.project) return `project:${state.project.root}`;
  return "";
}

/** Whether `path` is shown read-only in the editor and the tree. */
export function isReadonly(state: AppState, path: string): boolean {
  if (state.lesson) return state.lesson.readonly.includes(path);
  return state.project?.readonly ?? false;
}

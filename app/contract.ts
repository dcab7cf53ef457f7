/**
 * HostApi: the one interface between the UI and the host. Declared once here; the
 * Electron preload (IPC) and web mode (HTTP on loopback) both derive from it, and the
 * host validates every argument against `hostApiArgs`.
 */
import type { CheckResult, ProjectFiles } from "../sandbox/protocol";

export interface PackError {
  /** The file at fault, relative to the packs folder, e.g. "n-plus-one/pack.yaml". */
  file: string;
  /** The field at fault, e.g. "lessons[0].title", or "" for the file as a whole. */
  field: string;
  message: string;
}

export interface LessonSummary {
  id: string;
  title: string;
  /** All checks passed at least once. */
  completed: boolean;
}

export interface PackSummary {
  id: string;
  title: string;
  version: string;
  description: string;
  lessons: LessonSummary[];
}

export interface PackList {
  packs: PackSummary[];
  /** Problems with packs that could not be loaded (or lessons that were skipped). */
  errors: PackError[];
}

export interface LessonDetail {
  packId: string;
  id: string;
  title: string;
  /** Lesson text, Markdown. */
  text: string;
  /** The path the preview opens first, e.g. "/books/". */
  url: string;
  /** Files to open in tabs, first one active. */
  open: string[];
  /** The learner's working copy (start files plus their edits). */
  files: ProjectFiles;
  /** Paths the learner may not edit (shown read-only). */
  readonly: string[];
  solution: ProjectFiles;
  start: ProjectFiles;
  /** The lesson's checks, TypeScript source written with mvt's TestCase. */
  checks: string;
  /** The persisted database of the working copy, if any. */
  database?: Uint8Array;
  previous?: string;
  next?: string;
}

export interface HostInfo {
  mode: "desktop" | "web";
  version: string;
  workspace: string;
}

export interface HostApi {
  info(): Promise<HostInfo>;
  listPacks(): Promise<PackList>;
  openLesson(packId: string, lessonId: string): Promise<LessonDetail>;
  /** Save one file of a lesson's working copy (atomic write). */
  writeLessonFile(packId: string, lessonId: string, path: string, content: string): Promise<void>;
  /** Save the working copy's database after writes. */
  writeLessonDatabase(packId: string, lessonId: string, bytes: Uint8Array): Promise<void>;
  /** Put the start files back and drop the database; returns the fresh lesson. */
  resetLesson(packId: string, lessonId: string): Promise<LessonDetail>;
  /** Record a check run; the lesson is completed once all checks pass. */
  recordChecks(packId: string, lessonId: string, results: CheckResult[]): Promise<void>;
}

export type HostMethod = keyof HostApi;

export const hostMethods: readonly HostMethod[] = [
  "info",
  "listPacks",
  "openLesson",
  "writeLessonFile",
  "writeLessonDatabase",
  "resetLesson",
  "recordChecks",
] as const;

/** HTTP header carrying web mode's per-launch token. */
export const TOKEN_HEADER = "x-mvt-token";

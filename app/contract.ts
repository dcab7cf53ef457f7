/**
 * HostApi: the one interface between the UI and the host. Declared once here; the
 * Electron preload (IPC) and web mode (HTTP on loopback) both derive from it, and the
 * host validates every argument against `hostApiArgs`.
 */
import { z } from "zod";
import type { CheckResult, MediaFiles, ProjectFiles } from "../sandbox/protocol";

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

/** Where a pack comes from: shipped with the app, or imported by the learner (and removable). */
export type PackSource = "built-in" | "imported";

export interface PackSummary {
  id: string;
  title: string;
  version: string;
  description: string;
  source: PackSource;
  lessons: LessonSummary[];
}

/** What an import installed. */
export interface PackImport {
  id: string;
  title: string;
  version: string;
  lessons: number;
  /** The version it replaced, or null when the pack was not imported before. */
  replaced: string | null;
}

export interface PackList {
  packs: PackSummary[];
  /** Problems with packs that could not be loaded (or lessons that were skipped). */
  errors: PackError[];
}

/** A numbered step of a lesson: ticked once all its checks pass. */
export interface LessonStep {
  text: string;
  /** Check names (the TestCase's test_ methods). */
  checks: string[];
}

export interface LessonDetail {
  packId: string;
  /** The pack's version: progress is kept per pack and version. */
  packVersion: string;
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
  steps: LessonStep[];
  hints: string[];
  /** All checks passed at least once (in this version of the pack). */
  completed: boolean;
  /** The checks that passed in the last Check run (in this version of the pack), null before any: they tick the steps. */
  passedChecks: string[] | null;
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

/** A project template: a folder under app/project-templates/. */
export interface TemplateSummary {
  name: string;
  description: string;
}

/** A project the learner has opened, newest first on Home. */
export interface ProjectSummary {
  /** The project folder, absolute; the project's identity for every call. */
  root: string;
  name: string;
  /** When it was last opened, ms since the epoch. */
  openedAt: number;
}

export interface ProjectList {
  recent: ProjectSummary[];
  templates: TemplateSummary[];
  /** Recent projects that are gone or unreadable, said for people. */
  problems: string[];
}

/** A file the editor cannot show as text, and why. */
export interface UnreadableFile {
  path: string;
  reason: string;
}

export interface ProjectDetail {
  root: string;
  name: string;
  files: ProjectFiles;
  /** Folders, including empty ones ("books", "books/templates"). */
  folders: string[];
  unreadable: UnreadableFile[];
  /** The folder cannot be written: everything opens read-only. */
  readonly: boolean;
  /** The saved database (db.sqlite3), if any and if it looks like SQLite. */
  database?: Uint8Array;
  /** db.sqlite3 exists but is not an SQLite database: why, for people. */
  databaseProblem?: string;
  /** Uploaded files in media/, by path under it (absent when there are none). */
  media?: MediaFiles;
  /**
   * Binary files in static folders (`static/`, `<app>/static/`: images, fonts), by project
   * path, for the preview to serve (absent when there are none); the tree lists them as not shown.
   */
  staticBinaries?: MediaFiles;
}

/** What an export wrote and what to do next, as `mvt export` prints it; ok is false when part of it failed. */
export interface ExportReport {
  ok: boolean;
  report: string;
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
  /** Recent projects and the templates for new ones. */
  listProjects(): Promise<ProjectList>;
  /** Makes <home>/projects/<name> from a template and opens it. */
  createProject(name: string, template: string): Promise<ProjectDetail>;
  /** Opens a project folder (anywhere on disk) and puts it first among the recent ones. */
  openProject(root: string): Promise<ProjectDetail>;
  /**
   * Asks for a path with the desktop's own dialog: a folder to open a project from, or to
   * export one into (new folders can be made there), or a .mvtpack file to import; null
   * when cancelled or in web mode.
   */
  chooseFolder(purpose?: "open" | "export" | "import"): Promise<string | null>;
  /**
   * Installs a lesson pack (a .mvtpack file or a pack folder) into <home>/packs/<id>, as
   * `mvt import` does: checked first, then swapped in whole; a newer imported version is kept.
   */
  importPack(path: string): Promise<PackImport>;
  /** Removes an imported pack; the learner's progress and working copies are kept. */
  removePack(packId: string): Promise<void>;
  /** Saves one file (atomic write); creates its folders. */
  writeProjectFile(root: string, path: string, content: string): Promise<void>;
  createProjectFolder(root: string, path: string): Promise<void>;
  /** Moves or renames a file or folder inside the project. */
  renameProjectPath(root: string, from: string, to: string): Promise<void>;
  /** Deletes a file or folder (the UI keeps the contents for undo). */
  deleteProjectPath(root: string, path: string): Promise<void>;
  writeProjectDatabase(root: string, bytes: Uint8Array): Promise<void>;
  /** Writes an uploaded file into `<project>/media/<path>` (atomic), or deletes it when `bytes` is null. */
  writeProjectMedia(root: string, path: string, bytes: Uint8Array | null): Promise<void>;
  /** Moves db.sqlite3 aside (db.sqlite3.<time>.bak) so a fresh one can start; returns the backup's name. */
  backupProjectDatabase(root: string): Promise<string>;
  /**
   * Exports the project into `out` (a new or empty folder) as a standalone Node project or a
   * Django project, as `mvt export` does; the report is what the command prints.
   */
  exportProject(root: string, out: string, to: "node" | "django"): Promise<ExportReport>;
  /** A small piece of UI state (panel layout, preview cookies) saved in the workspace home; null when none. */
  readUiState(key: string): Promise<unknown>;
  /** Saves a piece of UI state as JSON (atomic write). */
  writeUiState(key: string, value: unknown): Promise<void>;
}

export type HostMethod = keyof HostApi;

/** Every HostApi method, once; the type makes the list complete and exact. */
const methodSet: Record<HostMethod, true> = {
  info: true,
  listPacks: true,
  openLesson: true,
  writeLessonFile: true,
  writeLessonDatabase: true,
  resetLesson: true,
  recordChecks: true,
  listProjects: true,
  createProject: true,
  openProject: true,
  chooseFolder: true,
  importPack: true,
  removePack: true,
  writeProjectFile: true,
  createProjectFolder: true,
  renameProjectPath: true,
  deleteProjectPath: true,
  writeProjectDatabase: true,
  writeProjectMedia: true,
  backupProjectDatabase: true,
  exportProject: true,
  readUiState: true,
  writeUiState: true,
};

/** The HostApi method names, for bridges that forward each method (preload, HTTP client). */
export const hostMethods = Object.keys(methodSet) as readonly HostMethod[];

/** Pack and lesson ids: they name folders on disk, so only letters, digits, "-" and "_". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Argument schemas per HostApi method, one tuple each; `.describe()` names the argument
 * so a bridge can say which one is wrong. Both bridges validate with these.
 * Marked pure so a bundle that only needs `hostMethods` (the preload) drops zod.
 */
export const hostApiArgs = /* @__PURE__ */ buildArgSchemas();

function buildArgSchemas() {
  const id = (name: string) =>
    z
      .string()
      .regex(ID_PATTERN, "must be an id made of letters, digits, '-' and '_'")
      .describe(name);
  const packId = id("packId");
  const lessonId = id("lessonId");
  const location = z.object({ file: z.string(), line: z.number(), column: z.number() });
  const checkResult = z.object({
    name: z.string(),
    title: z.string(),
    passed: z.boolean(),
    message: z.string().optional(),
    location: location.optional(),
  });
  const root = z.string().min(1, "must name a project folder").describe("root");
  const projectPath = (name: string) => z.string().min(1, "must not be empty").describe(name);
  const bytes = z.instanceof(Uint8Array, { error: "must be bytes (a Uint8Array)" }).describe("bytes");
  const schemas = {
    info: z.tuple([]),
    listPacks: z.tuple([]),
    openLesson: z.tuple([packId, lessonId]),
    writeLessonFile: z.tuple([
      packId,
      lessonId,
      z.string().describe("path"),
      z.string().describe("content"),
    ]),
    writeLessonDatabase: z.tuple([packId, lessonId, bytes]),
    resetLesson: z.tuple([packId, lessonId]),
    recordChecks: z.tuple([packId, lessonId, z.array(checkResult).describe("results")]),
    listProjects: z.tuple([]),
    createProject: z.tuple([z.string().describe("name"), id("template")]),
    openProject: z.tuple([root]),
    chooseFolder: z.tuple([z.enum(["open", "export", "import"]).optional().describe("purpose")]),
    importPack: z.tuple([z.string().min(1, "must name a .mvtpack file or a pack folder").describe("path")]),
    removePack: z.tuple([packId]),
    writeProjectFile: z.tuple([root, projectPath("path"), z.string().describe("content")]),
    createProjectFolder: z.tuple([root, projectPath("path")]),
    renameProjectPath: z.tuple([root, projectPath("from"), projectPath("to")]),
    deleteProjectPath: z.tuple([root, projectPath("path")]),
    writeProjectDatabase: z.tuple([root, bytes]),
    writeProjectMedia: z.tuple([root, projectPath("path"), bytes.nullable()]),
    backupProjectDatabase: z.tuple([root]),
    exportProject: z.tuple([root, z.string().min(1, "must name a folder to export into").describe("out"), z.enum(["node", "django"]).describe("to")]),
    readUiState: z.tuple([id("key")]),
    writeUiState: z.tuple([id("key"), z.json().describe("value")]),
  } satisfies { [M in HostMethod]: z.ZodType<Parameters<HostApi[M]>> };
  return schemas;
}

/** HTTP header carrying web mode's per-launch token. */
export const TOKEN_HEADER = "x-mvt-token";

/**
 * Encodes a HostApi argument list or result as JSON text; Uint8Arrays (Buffers too)
 * travel as `{"$bytes": "<base64>"}`. `undefined` (a void result) encodes as `null`.
 */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value ?? null, function (this: unknown, key, encoded: unknown) {
    // Read the raw value: JSON.stringify has already applied Buffer's toJSON to `encoded`.
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Uint8Array ? { $bytes: toBase64(raw) } : encoded;
  });
}

/** Decodes text made by `encodeWire`, turning `{"$bytes": ...}` back into Uint8Arrays. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (isBytes(value)) return fromBase64(value.$bytes);
    return value;
  });
}

function isBytes(value: unknown): value is { $bytes: string } {
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "$bytes" && typeof (value as { $bytes: unknown }).$bytes === "string";
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked: String.fromCharCode takes arguments, and a database is megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

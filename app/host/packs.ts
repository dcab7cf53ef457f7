/**
 * Lesson packs on disk: a folder with pack.yaml and one folder per lesson (lesson.yaml,
 * lesson.md, start/, solution/, checks.ts). A malformed pack or lesson becomes a
 * PackError naming the file and field; everything else still loads.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { LessonStep, PackError, PackSource } from "../contract";
import type { ProjectFiles } from "../../sandbox/protocol";
import { readTree, statIfExists } from "./files";
import { lessonManifestSchema, packManifestSchema, schemaErrors } from "./pack-schema";

export interface Lesson {
  id: string;
  title: string;
  url: string;
  open: string[];
  readonly: string[];
  /** Numbered steps, each completed by its checks. */
  steps: LessonStep[];
  /** Hints, revealed one at a time. */
  hints: string[];
  /** lesson.md */
  text: string;
  start: ProjectFiles;
  /** Only the files solution/ overlays on start. */
  solution: ProjectFiles;
  /** checks.ts */
  checks: string;
}

export interface Pack {
  id: string;
  title: string;
  version: string;
  description: string;
  /** Absolute path of the pack's folder. */
  folder: string;
  /** Shipped with the app, or imported by the learner into <home>/packs. */
  source: PackSource;
  lessons: Lesson[];
}

export interface LoadedPacks {
  packs: Pack[];
  errors: PackError[];
}

/** Loads every pack folder (a subfolder holding pack.yaml) under `packsDir`. */
/** A pack problem on one line, as `mvt verify` prints it: `file [field]: message`. */
export function describePackError(error: PackError): string {
  return `${error.file}${error.field ? ` [${error.field}]` : ""}: ${error.message}`;
}

export async function loadPacks(packsDir: string, source: PackSource = "built-in"): Promise<LoadedPacks> {
  if (!(await isDirectory(packsDir))) {
    throw new Error(`The lesson packs folder ${packsDir} does not exist: set MVT_LAB_PACKS to a folder of packs.`);
  }
  const entries = await readdir(packsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => join(packsDir, entry.name))
    .sort();
  return mergeLoaded(await Promise.all(folders.map((folder) => loadPack(folder, source))));
}

/**
 * The packs the app shows: the built-in ones, then those imported into `importedDir`
 * (which need not exist yet). An imported pack cannot take a built-in pack's id.
 */
export async function loadAllPacks(builtInDir: string, importedDir: string): Promise<LoadedPacks> {
  const builtIn = await loadPacks(builtInDir, "built-in");
  if (!(await isDirectory(importedDir))) return builtIn;
  return mergeLoaded([builtIn, await loadPacks(importedDir, "imported")]);
}

/** Loads several packs and reports two packs claiming the same id. */
export function mergeLoaded(loaded: readonly LoadedPacks[]): LoadedPacks {
  const packs: Pack[] = [];
  const errors: PackError[] = [];
  for (const one of loaded) {
    errors.push(...one.errors);
    for (const pack of one.packs) {
      const first = packs.find((other) => other.id === pack.id);
      if (first) {
        errors.push({
          file: `${basename(pack.folder)}/pack.yaml`,
          field: "id",
          message: `"${pack.id}" is already the id of the pack in ${basename(first.folder)}/: give this pack its own id.`,
        });
      } else {
        packs.push(pack);
      }
    }
  }
  return { packs, errors };
}

/**
 * Loads one pack folder. Error file names are relative to the folder's parent, e.g.
 * "django-basics/n-plus-one/lesson.yaml".
 */
export async function loadPack(folder: string, source: PackSource = "built-in"): Promise<LoadedPacks> {
  const name = basename(folder);
  const manifestFile = `${name}/pack.yaml`;
  const manifest = await readYaml(join(folder, "pack.yaml"), manifestFile, packManifestSchema);
  if (!manifest.ok) return { packs: [], errors: manifest.errors };
  const errors: PackError[] = [];
  const lessons: Lesson[] = [];
  for (const [index, lessonId] of manifest.value.lessons.entries()) {
    if (manifest.value.lessons.indexOf(lessonId) !== index) {
      errors.push({ file: manifestFile, field: `lessons[${index}]`, message: `"${lessonId}" is listed twice: remove one.` });
      continue;
    }
    const lesson = await loadLesson(folder, lessonId, `lessons[${index}]`);
    if (lesson.ok) lessons.push(lesson.value);
    else errors.push(...lesson.errors);
  }
  const { id, title, version, description } = manifest.value;
  return { packs: [{ id, title, version, description, folder, source, lessons }], errors };
}

type Loaded<T> = { ok: true; value: T } | { ok: false; errors: PackError[] };

async function loadLesson(packFolder: string, lessonId: string, listedAs: string): Promise<Loaded<Lesson>> {
  const folder = join(packFolder, lessonId);
  const rel = (file: string) => `${basename(packFolder)}/${lessonId}/${file}`;
  if (!(await isDirectory(folder))) {
    return fail(rel(""), "", `pack.yaml lists "${lessonId}" as ${listedAs}, but there is no such folder: create it or remove it from the list.`);
  }
  const manifest = await readYaml(join(folder, "lesson.yaml"), rel("lesson.yaml"), lessonManifestSchema);
  if (!manifest.ok) return manifest;
  const errors: PackError[] = [];
  const need = async <T>(file: string, what: string, read: (path: string) => Promise<T>): Promise<T | undefined> => {
    const path = join(folder, file);
    if (await exists(path)) return read(path);
    errors.push({ file: rel(file), field: "", message: `is missing: add ${what}.` });
    return undefined;
  };
  const text = await need("lesson.md", "the lesson text in Markdown", (path) => readFile(path, "utf8"));
  const checks = await need("checks.ts", "the checks, a TestCase written with mvt", (path) => readFile(path, "utf8"));
  const start = await need("start", "a start/ folder with the files the learner begins from", readTree);
  const solution = await need("solution", "a solution/ folder with the files that solve the lesson", readTree);
  for (const field of ["open", "readonly"] as const) {
    manifest.value[field].forEach((path, i) => {
      if (start && !(path in start)) {
        errors.push({ file: rel("lesson.yaml"), field: `${field}[${i}]`, message: `"${path}" is not a file in start/: fix the path or add the file.` });
      }
    });
  }
  if (errors.length > 0 || text === undefined || checks === undefined || !start || !solution) {
    return { ok: false, errors };
  }
  return { ok: true, value: { id: lessonId, ...manifest.value, text, checks, start, solution } };
}

async function readYaml<T>(path: string, file: string, schema: z.ZodType<T>): Promise<Loaded<T>> {
  if (!(await exists(path))) return fail(file, "", `is missing: a ${basename(path)} must be in ${dirname(file)}/.`);
  let data: unknown;
  try {
    data = parseYaml(await readFile(path, "utf8"));
  } catch (error) {
    return fail(file, "", `is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(data ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: schemaErrors(file, result.error) };
}

function fail(file: string, field: string, message: string): { ok: false; errors: PackError[] } {
  return { ok: false, errors: [{ file, field, message }] };
}

async function exists(path: string): Promise<boolean> {
  return (await statIfExists(path)) !== undefined;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await statIfExists(path))?.isDirectory() ?? false;
}

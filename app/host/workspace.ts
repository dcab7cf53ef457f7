/**
 * The learner's data on disk, under a home folder (MVT_LAB_HOME or ~/.mvt-lab):
 *
 *   lessons/<pack>/<lesson>/files/**      the working copy, made from start/ on first open
 *   lessons/<pack>/<lesson>/db.sqlite3    its database
 *   progress.json                         completed lessons (and the last run's passing checks) per pack id and version
 *
 * Every write is atomic, and every path from the UI is confined to the working copy.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { ProjectFiles } from "../../sandbox/protocol";
import { writeFileAtomic } from "./atomic";
import { confinePath } from "./confine";
import { HostInputError } from "./errors";
import { isNotFound, readTree, statIfExists } from "./files";
import { compareVersions } from "./versions";

/** Which lesson's working copy; ids are checked against the contract's ID_PATTERN by the bridges. */
export interface LessonKey {
  packId: string;
  lessonId: string;
}

const progressSchema = z.object({
  packs: z.record(z.string(), z.record(z.string(), z.object({
    completed: z.array(z.string()),
    /** The checks that passed in each lesson's last run (they tick its steps), by lesson id. */
    passed: z.record(z.string(), z.array(z.string())).optional(),
  }))),
});

/** progress.json: packs[packId][packVersion].completed lists lesson ids; .passed the last run's passing checks per lesson. */
export type Progress = z.infer<typeof progressSchema>;
type VersionProgress = Progress["packs"][string][string];

/**
 * A version's progress; for a version with none yet (the pack was updated), a copy of the
 * newest older version's, so an update keeps what the learner did. The older record stays
 * as it was, and the new version's is written on its first change.
 */
function versionEntry(versions: Record<string, VersionProgress> | undefined, version: string): VersionProgress | undefined {
  if (!versions) return undefined;
  const own = versions[version];
  if (own) return own;
  const older = Object.keys(versions).filter((other) => compareVersions(other, version) < 0).sort(compareVersions).at(-1);
  return older === undefined ? undefined : structuredClone(versions[older]);
}

export class Workspace {
  constructor(readonly home: string) {}

  /** The working copy's files; makes the copy from `start` first if there is none yet. */
  async openFiles(key: LessonKey, start: ProjectFiles): Promise<ProjectFiles> {
    const files = this.filesDir(key);
    if (!(await statIfExists(files))) await this.createCopy(key, start);
    return readTree(files);
  }

  /** Saves one file of the working copy; `readonly` lists the paths the learner may not edit. */
  async writeFile(key: LessonKey, path: string, content: string, readonly: readonly string[]): Promise<void> {
    const full = confinePath(this.filesDir(key), path);
    if (readonly.includes(path)) {
      throw new HostInputError(`"${path}" is read-only in this lesson: edit the other files instead.`);
    }
    await writeFileAtomic(full, content);
  }

  /** The saved database, or undefined before the first save. */
  async readDatabase(key: LessonKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.databasePath(key)));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async writeDatabase(key: LessonKey, bytes: Uint8Array): Promise<void> {
    await writeFileAtomic(this.databasePath(key), bytes);
  }

  /** Puts the start files back (dropping edits and added files) and deletes the database. */
  async reset(key: LessonKey, start: ProjectFiles): Promise<void> {
    const files = this.filesDir(key);
    const old = `${files}.old-${randomBytes(6).toString("hex")}`;
    if (await statIfExists(files)) await rename(files, old);
    await rm(this.databasePath(key), { force: true });
    await this.createCopy(key, start);
    await rm(old, { recursive: true, force: true });
  }

  async readProgress(): Promise<Progress> {
    const path = this.progressPath();
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (isNotFound(error)) return { packs: {} };
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path} is not valid JSON (${(error as Error).message}): fix it or delete it to start progress afresh.`);
    }
    const result = progressSchema.safeParse(data);
    if (!result.success) {
      throw new Error(`${path} does not look like MVT Lab progress (${result.error.issues[0]?.message}): fix it or delete it to start progress afresh.`);
    }
    return result.data;
  }

  /** Marks a lesson completed for this version of its pack. */
  markCompleted(key: LessonKey, packVersion: string): Promise<void> {
    return this.updateProgress(key, packVersion, (entry) => {
      if (entry.completed.includes(key.lessonId)) return false;
      entry.completed.push(key.lessonId);
      return true;
    });
  }

  /**
   * Keeps the checks that passed in a lesson's last run, so its steps reopen ticked as they
   * were, and marks it completed when `completed` (one write for both).
   */
  recordPassed(key: LessonKey, packVersion: string, passed: readonly string[], completed = false): Promise<void> {
    return this.updateProgress(key, packVersion, (entry) => {
      let changed = false;
      const before = entry.passed?.[key.lessonId] ?? [];
      if (entry.passed?.[key.lessonId] === undefined || before.length !== passed.length || before.some((name, i) => name !== passed[i])) {
        (entry.passed ??= {})[key.lessonId] = [...passed];
        changed = true;
      }
      if (completed && !entry.completed.includes(key.lessonId)) {
        entry.completed.push(key.lessonId);
        changed = true;
      }
      return changed;
    });
  }

  /** The checks that passed in the lesson's last run in this version of the pack (or the one before it); null if none was recorded. */
  async passed(key: LessonKey, packVersion: string): Promise<string[] | null> {
    return versionEntry((await this.readProgress()).packs[key.packId], packVersion)?.passed?.[key.lessonId] ?? null;
  }

  private progressWrites: Promise<void> = Promise.resolve();

  /** One read-modify-write at a time, so two check runs cannot drop each other's update; `change` says whether to write. */
  private updateProgress(key: LessonKey, packVersion: string, change: (entry: Progress["packs"][string][string]) => boolean): Promise<void> {
    const next = this.progressWrites.then(async () => {
      const progress = await this.readProgress();
      const versions = (progress.packs[key.packId] ??= {});
      if (!change((versions[packVersion] ??= versionEntry(versions, packVersion) ?? { completed: [] }))) return;
      await writeFileAtomic(this.progressPath(), `${JSON.stringify(progress, null, 2)}\n`);
    });
    this.progressWrites = next.catch(() => undefined);
    return next;
  }

  /** Lesson ids completed in this version of the pack (or the one before it). */
  async completed(packId: string, packVersion: string): Promise<string[]> {
    return versionEntry((await this.readProgress()).packs[packId], packVersion)?.completed ?? [];
  }

  private lessonDir(key: LessonKey): string {
    return join(this.home, "lessons", key.packId, key.lessonId);
  }

  private filesDir(key: LessonKey): string {
    return join(this.lessonDir(key), "files");
  }

  private databasePath(key: LessonKey): string {
    return join(this.lessonDir(key), "db.sqlite3");
  }

  private progressPath(): string {
    return join(this.home, "progress.json");
  }

  /** Writes the copy into a temporary folder and renames it into place, so a crash never leaves half a copy. */
  private async createCopy(key: LessonKey, start: ProjectFiles): Promise<void> {
    const files = this.filesDir(key);
    const temp = `${files}.new-${randomBytes(6).toString("hex")}`;
    try {
      await mkdir(temp, { recursive: true });
      for (const [path, content] of Object.entries(start)) {
        await writeFileAtomic(confinePath(temp, path), content);
      }
      await rename(temp, files);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
  }
}

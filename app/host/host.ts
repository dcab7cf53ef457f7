/** The HostApi over lesson packs and the learner's workspace: what both bridges serve. */
import type { HostApi, HostInfo, LessonDetail, PackList } from "../contract";
import { HostInputError } from "./errors";
import { exportCommand } from "./export_command";
import { exportDjangoCommand } from "./export_django_command";
import { importedPacksDir, importPack, removeImportedPack } from "./pack-install";
import { type Lesson, type Pack, loadAllPacks } from "./packs";
import { Projects } from "./projects";
import { UiState } from "./ui-state";
import { Workspace } from "./workspace";

export interface HostOptions {
  /** The folder of built-in lesson packs (each a subfolder with pack.yaml); imported ones are in <home>/packs. */
  packsDir: string;
  /** The learner's data folder (MVT_LAB_HOME or ~/.mvt-lab). */
  home: string;
  /** The project templates (each a project folder). */
  templatesDir: string;
  mode: HostInfo["mode"];
  version: string;
  /** The desktop's folder dialog; web mode has none. */
  chooseFolder?: (purpose: "open" | "export" | "import") => Promise<string | null>;
}

/**
 * Creates the host. Packs are read from disk on every call, so an author editing a pack
 * sees the change on the next open.
 */
export function createHost(options: HostOptions): HostApi {
  const workspace = new Workspace(options.home);
  const projects = new Projects(options.home, options.templatesDir);
  const uiState = new UiState(options.home);
  const loadPacks = () => loadAllPacks(options.packsDir, importedPacksDir(options.home));

  async function findLesson(packId: string, lessonId: string): Promise<{ pack: Pack; lesson: Lesson; index: number }> {
    const { packs } = await loadPacks();
    const pack = packs.find((candidate) => candidate.id === packId);
    if (!pack) throw new HostInputError(`There is no lesson pack "${packId}": pick one from the list of packs.`);
    const index = pack.lessons.findIndex((candidate) => candidate.id === lessonId);
    const lesson = pack.lessons[index];
    if (!lesson) throw new HostInputError(`Pack "${packId}" has no lesson "${lessonId}": pick one from the pack's lessons.`);
    return { pack, lesson, index };
  }

  async function lessonDetail(packId: string, lessonId: string): Promise<LessonDetail> {
    const { pack, lesson, index } = await findLesson(packId, lessonId);
    const key = { packId, lessonId };
    const completed = await workspace.completed(packId, pack.version);
    const detail: LessonDetail = {
      packId,
      packVersion: pack.version,
      id: lesson.id,
      title: lesson.title,
      text: lesson.text,
      url: lesson.url,
      open: lesson.open,
      files: await workspace.openFiles(key, lesson.start),
      readonly: lesson.readonly,
      solution: lesson.solution,
      start: lesson.start,
      checks: lesson.checks,
      steps: lesson.steps,
      hints: lesson.hints,
      completed: completed.includes(lesson.id),
      passedChecks: await workspace.passed(key, pack.version),
    };
    const database = await workspace.readDatabase(key);
    if (database) detail.database = database;
    const previous = pack.lessons[index - 1]?.id;
    const next = pack.lessons[index + 1]?.id;
    if (previous) detail.previous = previous;
    if (next) detail.next = next;
    return detail;
  }

  return {
    async info() {
      return { mode: options.mode, version: options.version, workspace: options.home };
    },

    async listPacks(): Promise<PackList> {
      const { packs, errors } = await loadPacks();
      const summaries = await Promise.all(
        packs.map(async (pack) => {
          const completed = await workspace.completed(pack.id, pack.version);
          const { id, title, version, description, source } = pack;
          const lessons = pack.lessons.map((lesson) => ({
            id: lesson.id,
            title: lesson.title,
            completed: completed.includes(lesson.id),
          }));
          return { id, title, version, description, source, lessons };
        }),
      );
      return { packs: summaries, errors };
    },

    openLesson: lessonDetail,
    importPack: (path) => importPack(path, { home: options.home, builtInDir: options.packsDir }),
    removePack: (packId) => removeImportedPack(options.home, packId),

    async writeLessonFile(packId, lessonId, path, content) {
      const { lesson } = await findLesson(packId, lessonId);
      await workspace.writeFile({ packId, lessonId }, path, content, lesson.readonly);
    },

    async writeLessonDatabase(packId, lessonId, bytes) {
      await findLesson(packId, lessonId);
      await workspace.writeDatabase({ packId, lessonId }, bytes);
    },

    async resetLesson(packId, lessonId) {
      const { pack, lesson } = await findLesson(packId, lessonId);
      await workspace.reset({ packId, lessonId }, lesson.start);
      // The start files pass no step: the ticks go with them (a completed lesson stays completed).
      await workspace.recordPassed({ packId, lessonId }, pack.version, []);
      return lessonDetail(packId, lessonId);
    },

    async recordChecks(packId, lessonId, results) {
      const { pack } = await findLesson(packId, lessonId);
      const key = { packId, lessonId };
      const passed = results.filter((result) => result.passed).map((result) => result.name);
      await workspace.recordPassed(key, pack.version, passed, results.length > 0 && passed.length === results.length);
    },

    listProjects: () => projects.list(),
    createProject: (name, template) => projects.create(name, template),
    openProject: (root) => projects.open(root),
    chooseFolder: async (purpose) => (options.chooseFolder ? options.chooseFolder(purpose ?? "open") : null),
    async exportProject(root, out, to) {
      const lines: string[] = [];
      const line = (text: string) => void lines.push(text);
      const status = to === "django"
        ? await exportDjangoCommand(await projects.known(root), out, line)
        : await exportCommand(await projects.known(root), out, line);
      return { ok: status === 0, report: lines.join("\n") };
    },
    writeProjectFile: (root, path, content) => projects.writeFile(root, path, content),
    createProjectFolder: (root, path) => projects.createFolder(root, path),
    renameProjectPath: (root, from, to) => projects.rename(root, from, to),
    deleteProjectPath: (root, path) => projects.delete(root, path),
    writeProjectDatabase: (root, bytes) => projects.writeDatabase(root, bytes),
    writeProjectMedia: (root, path, bytes) => projects.writeMedia(root, path, bytes),
    backupProjectDatabase: (root) => projects.backupDatabase(root),
    readUiState: (key) => uiState.read(key),
    writeUiState: (key, value) => uiState.write(key, value),
  };
}

import type { ProjectDetail, ProjectList } from "../../../app/contract";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { messageOf, type Slice } from "./types";

/** What the last delete removed, kept so Undo can put it back. */
export interface Deleted {
  path: string;
  files: ProjectFiles;
  folders: string[];
  /** The tabs it closed, opened again on undo. */
  tabs: string[];
}

/** Projects on Home, the open project, and its file tree's operations. */
export interface ProjectSlice {
  projects: ProjectList | null;
  projectsError: string | null;
  project: ProjectDetail | null;
  /** Why the project could not be opened, or a tree operation failed, for people. */
  projectError: string | null;
  lastDeleted: Deleted | null;
  loadProjects(): Promise<void>;
  createProject(name: string, template: string): Promise<void>;
  openProject(root: string): Promise<void>;
  /** The desktop's folder dialog, then open; false when there is no dialog (web mode). */
  chooseAndOpenFolder(): Promise<boolean>;
  closeProject(): void;
  /** Shows a project: its files in the tree and editor, its site in the preview. */
  showProject(detail: ProjectDetail): Promise<void>;
  createFile(path: string): Promise<void>;
  createFolder(path: string): Promise<void>;
  movePath(from: string, to: string): Promise<void>;
  deletePath(path: string): Promise<void>;
  undoDelete(): Promise<void>;
  /** Moves a damaged database aside and starts with a fresh one. */
  backupDatabase(): Promise<void>;
}

/** `path` itself or anything under it. */
export function isUnder(candidate: string, path: string): boolean {
  return candidate === path || candidate.startsWith(`${path}/`);
}

/**
 * Why `path` cannot name a file or folder in the tree, or null when it can: the host's
 * rules (app/host/confine.ts), checked here first so the learner is told at once.
 */
export function treePathProblem(path: string): string | null {
  const refuse = (why: string) => `"${path}" ${why}: use a path inside the project with "/" between folders, like "books/forms.ts".`;
  if (path.trim() === "") return refuse("is empty");
  if (path.includes("\\")) return refuse("contains a backslash");
  if (path.includes("\0")) return refuse("contains a NUL character");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return refuse("is absolute");
  const segments = path.split("/");
  if (segments.includes("..")) return refuse('goes up a folder with ".."');
  if (segments.some((segment) => segment === "" || segment === ".")) return refuse('has an empty or "." segment');
  if (segments.some((segment) => segment.startsWith("."))) return refuse("names a hidden file (starting with a dot), which the tree does not show");
  return null;
}

/** The file a project opens on first: its first app's views, else settings. */
function firstFile(detail: ProjectDetail): string | null {
  const paths = Object.keys(detail.files);
  return paths.find((path) => path.endsWith("/views.ts")) ?? paths.find((path) => path === "settings.ts") ?? paths[0] ?? null;
}

export const createProjectSlice: Slice<ProjectSlice> = (services) => (set, get) => {
  const host = services.host;
  return {
    projects: null,
    projectsError: null,
    project: null,
    projectError: null,
    lastDeleted: null,

    async loadProjects() {
      try {
        set({ projects: await host.listProjects(), projectsError: null });
      } catch (error) {
        set({ projectsError: `The projects could not be listed: ${messageOf(error)}` });
      }
    },

    async createProject(name, template) {
      try {
        await get().showProject(await host.createProject(name, template));
      } catch (error) {
        set({ projectsError: messageOf(error) });
      }
    },

    async openProject(root) {
      try {
        await get().showProject(await host.openProject(root));
      } catch (error) {
        set({ projectsError: messageOf(error) });
      }
    },

    async chooseAndOpenFolder() {
      const root = await host.chooseFolder();
      // The HTTP bridge reads a null result as undefined (it cannot tell null from void).
      if (!root) return (await host.info()).mode === "desktop";
      await get().openProject(root);
      return true;
    },

    closeProject: () => set({ project: null, projectError: null, lastDeleted: null }),

    async showProject(detail) {
      if (!(await get().saveBeforeLeaving())) return;
      services.sandbox.forget();
      get().resetPreview("/");
      const first = firstFile(detail);
      set({
        route: { screen: "project", root: detail.root },
        lesson: null,
        project: detail,
        projectError: null,
        lastDeleted: null,
        files: detail.files,
        tabs: first ? [first] : [],
        active: first,
        diagnostics: [],
        saveError: null,
        tables: [],
      });
      // A damaged database waits for the learner's decision (back up, or replace it by hand).
      if (!detail.databaseProblem) await get().runProject(detail.database ?? new Uint8Array(0), detail.media ?? {});
    },

    async createFile(path) {
      const problem = treePathProblem(path);
      if (problem) return set({ projectError: problem });
      if (path in get().files) return set({ projectError: `"${path}" already exists: pick another name.` });
      await treeChange(async (root) => {
        await host.writeProjectFile(root, path, "");
        set({ files: { ...get().files, [path]: "" } });
        get().openFile(path);
      });
    },

    async createFolder(path) {
      const problem = treePathProblem(path);
      if (problem) return set({ projectError: problem });
      await treeChange(async (root) => {
        await host.createProjectFolder(root, path);
        setFolders([...folders(), path]);
      });
    },

    async movePath(from, to) {
      if (from === to) return;
      const problem = treePathProblem(to);
      if (problem) return set({ projectError: problem });
      await get().flushEdits();
      await treeChange(async (root) => {
        await host.renameProjectPath(root, from, to);
        const moved = (path: string) => (isUnder(path, from) ? to + path.slice(from.length) : path);
        const files = Object.fromEntries(Object.entries(get().files).map(([path, text]) => [moved(path), text]));
        setFolders(folders().map(moved));
        const tabs = get().tabs.map(moved);
        const active = get().active === null ? null : moved(get().active ?? "");
        set({ files, tabs, active });
        await rerun();
      });
    },

    async deletePath(path) {
      await get().flushEdits();
      const files = Object.fromEntries(Object.entries(get().files).filter(([file]) => isUnder(file, path)));
      const gone = folders().filter((folder) => isUnder(folder, path));
      await treeChange(async (root) => {
        await host.deleteProjectPath(root, path);
        const kept = Object.fromEntries(Object.entries(get().files).filter(([file]) => !isUnder(file, path)));
        setFolders(folders().filter((folder) => !isUnder(folder, path)));
        const tabs = get().tabs.filter((tab) => !isUnder(tab, path));
        const active = get().active !== null && isUnder(get().active ?? "", path) ? (tabs[0] ?? null) : get().active;
        const closed = get().tabs.filter((tab) => isUnder(tab, path));
        set({ files: kept, tabs, active, lastDeleted: { path, files, folders: gone, tabs: closed } });
        await rerun();
      });
    },

    async undoDelete() {
      const deleted = get().lastDeleted;
      if (!deleted) return;
      await treeChange(async (root) => {
        for (const folder of deleted.folders) await host.createProjectFolder(root, folder).catch(() => undefined);
        for (const [path, content] of Object.entries(deleted.files)) await host.writeProjectFile(root, path, content);
        setFolders([...new Set([...folders(), ...deleted.folders])]);
        const tabs = [...get().tabs, ...deleted.tabs.filter((tab) => !get().tabs.includes(tab))];
        set({ files: { ...get().files, ...deleted.files }, tabs, active: deleted.tabs[0] ?? get().active, lastDeleted: null });
        await rerun();
      });
    },

    async backupDatabase() {
      const project = get().project;
      if (!project) return;
      try {
        const name = await host.backupProjectDatabase(project.root);
        set({ project: withoutProblem(project) });
        await get().runProject(new Uint8Array(0));
        set({ notice: `The damaged database was kept as ${name}; a fresh one was started from the fixtures.` });
      } catch (error) {
        set({ projectError: `The database could not be backed up: ${messageOf(error)}. Nothing was changed.` });
      }
    },
  };

  /** Runs the project after a tree change, unless a damaged database waits for the learner's decision. */
  async function rerun(): Promise<void> {
    if (!get().project?.databaseProblem) await get().runProject();
  }

  function withoutProblem(project: ProjectDetail): ProjectDetail {
    const copy = { ...project };
    delete copy.databaseProblem;
    return copy;
  }

  function folders(): string[] {
    return get().project?.folders ?? [];
  }

  function setFolders(next: string[]): void {
    const project = get().project;
    if (project) set({ project: { ...project, folders: [...new Set(next)].sort() } });
  }

  /** Runs a tree change on the open project, turning its failure into a message. */
  async function treeChange(change: (root: string) => Promise<void>): Promise<void> {
    const project = get().project;
    if (!project) return;
    try {
      set({ projectError: null });
      await change(project.root);
    } catch (error) {
      set({ projectError: messageOf(error) });
    }
  }
};

import type { PackList } from "../../../app/contract";
import { messageOf, type Slice } from "./types";

export type Route =
  | { screen: "home" }
  | { screen: "lesson"; packId: string; lessonId: string }
  | { screen: "project"; root: string };

/** What a pack import or removal did, or why it failed, for people. */
export interface PacksNotice {
  ok: boolean;
  text: string;
}

/** The packs on disk and which screen is showing. */
export interface WorkspaceSlice {
  route: Route;
  packs: PackList | null;
  /** Why the packs could not be listed, for people. */
  packsError: string | null;
  /** The last pack import's or removal's outcome, shown on Home. */
  packsNotice: PacksNotice | null;
  loadPacks(): Promise<void>;
  /** Imports a .mvtpack file or pack folder; true when it was imported. */
  importPack(path: string): Promise<boolean>;
  /** Imports a pack chosen in the desktop's dialog; false when there is no dialog (web mode: type a path). */
  chooseAndImportPack(): Promise<boolean>;
  /** Removes an imported pack (progress and working copies stay). */
  removePack(packId: string): Promise<void>;
  /** Saves what is open, then shows Home. */
  goHome(): Promise<void>;
  openLesson(packId: string, lessonId: string): Promise<void>;
}

export const createWorkspaceSlice: Slice<WorkspaceSlice> = ({ host }) => (set, get) => ({
  route: { screen: "home" },
  packs: null,
  packsError: null,
  packsNotice: null,

  async loadPacks() {
    try {
      set({ packs: await host.listPacks(), packsError: null });
    } catch (error) {
      set({ packsError: `The lessons could not be listed: ${messageOf(error)}` });
    }
  },

  async importPack(path) {
    try {
      const done = await host.importPack(path);
      const lessons = `${done.lessons} lesson${done.lessons === 1 ? "" : "s"}`;
      const replaced = done.replaced === null ? "" : ` (replacing ${done.replaced})`;
      set({ packsNotice: { ok: true, text: `Imported “${done.title}” ${done.version}${replaced}: ${lessons}, at the end of the list.` } });
      await get().loadPacks();
      return true;
    } catch (error) {
      set({ packsNotice: { ok: false, text: `The pack was not imported: ${messageOf(error)}` } });
      return false;
    }
  },

  async chooseAndImportPack() {
    const path = await host.chooseFolder("import");
    // The HTTP bridge reads a null result as undefined (it cannot tell null from void).
    if (!path) return (await host.info()).mode === "desktop";
    await get().importPack(path);
    return true;
  },

  async removePack(packId) {
    const title = get().packs?.packs.find((pack) => pack.id === packId)?.title ?? packId;
    try {
      await host.removePack(packId);
      set({ packsNotice: { ok: true, text: `Removed “${title}”. Your progress in it is kept, should you import it again.` } });
    } catch (error) {
      set({ packsNotice: { ok: false, text: `“${title}” was not removed: ${messageOf(error)}` } });
    }
    await get().loadPacks();
  },

  async goHome() {
    if (!(await get().saveBeforeLeaving())) return;
    get().closeLesson();
    get().closeProject();
    set({ route: { screen: "home" }, projectsError: null, packsNotice: null });
    void get().loadPacks();
    void get().loadProjects();
  },

  async openLesson(packId, lessonId) {
    if (!(await get().saveBeforeLeaving())) return;
    get().closeProject();
    set({ route: { screen: "lesson", packId, lessonId }, lessonError: null });
    try {
      const detail = await host.openLesson(packId, lessonId);
      await get().startLesson(detail);
    } catch (error) {
      set({ lessonError: `The lesson "${lessonId}" could not be opened: ${messageOf(error)}` });
    }
  },
});

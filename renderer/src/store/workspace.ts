import type { PackList } from "../../../app/contract";
import { messageOf, type Slice } from "./types";

export type Route =
  | { screen: "home" }
  | { screen: "lesson"; packId: string; lessonId: string }
  | { screen: "project"; root: string };

/** The packs on disk and which screen is showing. */
export interface WorkspaceSlice {
  route: Route;
  packs: PackList | null;
  /** Why the packs could not be listed, for people. */
  packsError: string | null;
  loadPacks(): Promise<void>;
  /** Saves what is open, then shows Home. */
  goHome(): Promise<void>;
  openLesson(packId: string, lessonId: string): Promise<void>;
}

export const createWorkspaceSlice: Slice<WorkspaceSlice> = ({ host }) => (set, get) => ({
  route: { screen: "home" },
  packs: null,
  packsError: null,

  async loadPacks() {
    try {
      set({ packs: await host.listPacks(), packsError: null });
    } catch (error) {
      set({ packsError: `The lessons could not be listed: ${messageOf(error)}` });
    }
  },

  async goHome() {
    if (!(await get().saveBeforeLeaving())) return;
    get().closeLesson();
    get().closeProject();
    set({ route: { screen: "home" }, projectsError: null });
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

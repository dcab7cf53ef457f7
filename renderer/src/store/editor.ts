import type { Diagnostic, ProjectFiles } from "../../../sandbox/protocol";
import { debounce, throttle } from "../lib/timing";
import { saveTarget } from "./target";
import { messageOf, type Slice } from "./types";

/** How long typing must pause before the project is saved and run again. */
export const EDIT_SETTLE_MS = 400;

/**
 * While typing goes on without a pause, edits are still saved this often: a crash or a
 * kill loses at most this much typing.
 */
export const SAVE_MAX_WAIT_MS = 1000;

/** Ask the editor to show a line (the counter makes each request new). */
export interface Reveal {
  file: string;
  line: number;
  seq: number;
}

/** A command for the editor from outside it (the palette, the menu); the counter makes each new. */
export interface EditorCommand {
  name: "format" | "undo" | "redo";
  seq: number;
}

/** The learner's files, the open tabs, and what the bundler thinks of them. */
export interface EditorSlice {
  files: ProjectFiles;
  tabs: string[];
  active: string | null;
  reveal: Reveal | null;
  editorCommand: EditorCommand | null;
  /** Problems in the learner's code from the last load (file:line). */
  diagnostics: Diagnostic[];
  saveError: string | null;
  /** Files edited since their last save (a dot on their tab). */
  unsaved: string[];
  /** The learner changed a file: save and rerun once typing settles. */
  editFile(path: string, content: string): void;
  /** Replace files (reset, solution), saving and rerunning at once. */
  replaceFiles(files: ProjectFiles): Promise<void>;
  openFile(path: string, line?: number): void;
  /** Asks the editor to format, undo or redo in the active file. */
  runEditorCommand(name: EditorCommand["name"]): void;
  closeTab(path: string): void;
  /** Saves the files changed since the last save (one save at a time, in order). */
  flushEdits(): Promise<void>;
  /**
   * Saves before another lesson or project opens. True when it may go ahead: everything
   * was saved, or the learner was told what could not be and asked to leave again.
   */
  saveBeforeLeaving(): Promise<boolean>;
  /** Drops pending saves (another lesson or project is opening, already saved). */
  forgetEdits(): void;
}

export const createEditorSlice: Slice<EditorSlice> = ({ host }) => (set, get) => {
  const dirty = new Set<string>();
  let seq = 0;
  /** Saves run one after another, so an older text never lands after a newer one. */
  let saving: Promise<void> = Promise.resolve();
  /** The learner was told that leaving drops edits that could not be saved. */
  let warnedLeaving = false;
  /** Why the last save failed, for people. */
  let failure = "";
  const settle = debounce(() => {
    void get()
      .flushEdits()
      // A damaged database waits for the learner's decision before anything runs on it.
      .then(() => (get().project?.databaseProblem ? undefined : get().runProject()));
  }, EDIT_SETTLE_MS);
  // The settle above waits for a pause; this one saves during long runs of typing too.
  const autosave = throttle(() => void get().flushEdits(), SAVE_MAX_WAIT_MS);

  async function save(): Promise<void> {
    const target = saveTarget(get(), host);
    if (!target) return;
    const paths = [...dirty].filter((path) => path in get().files);
    dirty.clear();
    try {
      for (const path of paths) await target.writeFile(path, get().files[path] ?? "");
      warnedLeaving = false;
      set({ saveError: null, unsaved: [...dirty] });
    } catch (error) {
      for (const path of paths) dirty.add(path);
      failure = messageOf(error);
      const reason = failure.replace(/\.+$/, "");
      const kept = /kept in the editor/.test(reason) ? "" : " They stay in the editor.";
      // Once the learner was told that leaving drops these edits, a later retry keeps saying so.
      if (warnedLeaving) set({ unsaved: [...dirty] });
      else set({ saveError: `Your changes could not be saved: ${reason}.${kept} The next edit tries again.`, unsaved: [...dirty] });
    }
  }

  return {
    files: {},
    tabs: [],
    active: null,
    reveal: null,
    editorCommand: null,
    diagnostics: [],
    saveError: null,
    unsaved: [],

    editFile(path, content) {
      if (get().files[path] === content) return;
      dirty.add(path);
      warnedLeaving = false;
      set({ files: { ...get().files, [path]: content }, unsaved: [...dirty] });
      settle();
      autosave();
    },

    async replaceFiles(files) {
      settle.cancel();
      for (const [path, content] of Object.entries(files)) if (get().files[path] !== content) dirty.add(path);
      set({ files: { ...get().files, ...files }, unsaved: [...dirty] });
      await get().flushEdits();
      if (!get().project?.databaseProblem) await get().runProject();
    },

    openFile(path, line) {
      if (!(path in get().files)) {
        const unreadable = get().project?.unreadable.find((file) => file.path === path);
        if (unreadable) set({ projectError: `${path} ${unreadable.reason}` });
        return;
      }
      const tabs = get().tabs.includes(path) ? get().tabs : [...get().tabs, path];
      set({ tabs, active: path, reveal: line ? { file: path, line, seq: ++seq } : get().reveal });
    },

    runEditorCommand: (name) => set({ editorCommand: { name, seq: ++seq } }),

    closeTab(path) {
      const tabs = get().tabs.filter((tab) => tab !== path);
      const active = get().active === path ? (tabs[0] ?? null) : get().active;
      set({ tabs, active });
    },

    flushEdits() {
      const next = saving.then(save);
      saving = next.catch(() => undefined);
      return next;
    },

    async saveBeforeLeaving() {
      await get().flushEdits();
      const lost = [...dirty].filter((path) => path in get().files);
      if (lost.length === 0 || warnedLeaving) {
        warnedLeaving = false;
        get().forgetEdits();
        return true;
      }
      warnedLeaving = true;
      set({
        saveError:
          `MVT Lab stayed here so that your changes to ${lost.join(", ")} are not lost: ${failure} ` +
          "Leaving again goes on without them.",
      });
      return false;
    },

    forgetEdits() {
      settle.cancel();
      autosave.cancel();
      dirty.clear();
      set({ unsaved: [] });
    },
  };
};

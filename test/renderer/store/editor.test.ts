/**
 * The editor's autosave: a pause in typing saves, long runs of typing still save at
 * least once a second, saves land in order, and a failed save keeps the text and stops
 * the learner from leaving it behind without being told.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore, type StoreApi } from "zustand";
import type { HostApi } from "../../../app/contract";
import { createEditorSlice, EDIT_SETTLE_MS, SAVE_MAX_WAIT_MS } from "../../../renderer/src/store/editor";
import type { AppState, Services } from "../../../renderer/src/store/types";

interface Write {
  path: string;
  content: string;
}

/** A store with the editor slice over a project whose writes are recorded (or refused). */
function setup(write: (path: string, content: string) => Promise<void>) {
  const host = { writeProjectFile: (_root: string, path: string, content: string) => write(path, content) } as unknown as HostApi;
  const services = { host, sandbox: {} } as unknown as Services;
  const runProject = vi.fn(async () => undefined);
  const store: StoreApi<AppState> = createStore<AppState>()(
    (set, get, api) =>
      ({
        lesson: null,
        project: { root: "/p", name: "p", files: {}, folders: [], unreadable: [], readonly: false },
        runProject,
        ...createEditorSlice(services)(set, get, api),
        files: { "a.ts": "", "b.ts": "" },
      }) as unknown as AppState,
  );
  return { store, runProject };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves and reruns once typing pauses", async () => {
    const writes: Write[] = [];
    const { store, runProject } = setup(async (path, content) => void writes.push({ path, content }));
    store.getState().editFile("a.ts", "x");
    store.getState().editFile("a.ts", "xy");
    await vi.advanceTimersByTimeAsync(EDIT_SETTLE_MS + 10);
    expect(writes.at(-1)).toEqual({ path: "a.ts", content: "xy" });
    expect(runProject).toHaveBeenCalledTimes(1);
    expect(store.getState().unsaved).toEqual([]);
  });

  it("saves at least once a second while typing never pauses", async () => {
    const writes: Write[] = [];
    const { store } = setup(async (path, content) => void writes.push({ path, content }));
    let text = "";
    // A keystroke every 100 ms for 5 s: the settle never fires, the max-wait does.
    for (let i = 0; i < 50; i++) {
      text += "k";
      store.getState().editFile("a.ts", text);
      await vi.advanceTimersByTimeAsync(100);
      const saved = writes.at(-1)?.content.length ?? 0;
      expect(text.length - saved).toBeLessThanOrEqual(SAVE_MAX_WAIT_MS / 100 + 1);
    }
    expect(writes.length).toBeGreaterThanOrEqual(4);
  });

  it("saves one at a time, so an older text never lands after a newer one", async () => {
    const disk = new Map<string, string>();
    const pending: Array<() => void> = [];
    const { store } = setup(
      (path, content) =>
        new Promise<void>((resolve) =>
          pending.push(() => {
            disk.set(path, content);
            resolve();
          }),
        ),
    );
    store.getState().editFile("a.ts", "old");
    const first = store.getState().flushEdits();
    store.getState().editFile("a.ts", "new");
    const second = store.getState().flushEdits();
    await vi.advanceTimersByTimeAsync(0);
    expect(pending).toHaveLength(1);
    pending.shift()?.();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    pending.shift()?.();
    await second;
    expect(disk.get("a.ts")).toBe("new");
  });

  it("keeps the text when a save fails, says why, and warns once before leaving it behind", async () => {
    let readOnly = true;
    const writes: Write[] = [];
    const { store } = setup(async (path, content) => {
      if (readOnly) throw new Error(`"${path}" could not be written: the project folder is read-only.`);
      writes.push({ path, content });
    });
    store.getState().editFile("b.ts", "precious");
    await vi.advanceTimersByTimeAsync(EDIT_SETTLE_MS + 10);
    expect(store.getState().saveError).toContain("the project folder is read-only");
    expect(store.getState().unsaved).toEqual(["b.ts"]);
    expect(store.getState().files["b.ts"]).toBe("precious");

    expect(await store.getState().saveBeforeLeaving()).toBe(false);
    expect(store.getState().saveError).toContain("MVT Lab stayed here so that your changes to b.ts are not lost");
    expect(store.getState().files["b.ts"]).toBe("precious");
    // A retry that fails again (a pending autosave) keeps the warning in view.
    await store.getState().flushEdits();
    expect(store.getState().saveError).toContain("MVT Lab stayed here");

    // Once the folder can be written again, the next save puts the text on disk.
    readOnly = false;
    expect(await store.getState().saveBeforeLeaving()).toBe(true);
    expect(writes).toEqual([{ path: "b.ts", content: "precious" }]);
  });

  it("leaves on the second try when the save still fails", async () => {
    const { store } = setup(async () => {
      throw new Error("EROFS");
    });
    store.getState().editFile("a.ts", "text");
    expect(await store.getState().saveBeforeLeaving()).toBe(false);
    expect(await store.getState().saveBeforeLeaving()).toBe(true);
    expect(store.getState().unsaved).toEqual([]);
  });
});

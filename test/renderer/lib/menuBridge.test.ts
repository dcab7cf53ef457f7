import { describe, expect, it, vi } from "vitest";
import type { MenuItemData } from "../../../app/menu";
import { actions } from "../../../renderer/src/actions/registry";
import { accelerator, setupMenuBridge } from "../../../renderer/src/lib/menuBridge";
import type { AppState, AppStore } from "../../../renderer/src/store";

/** A store holding just what the actions read, with a way to change it. */
function fakeStore(state: Partial<AppState>) {
  const listeners: (() => void)[] = [];
  let current = state as AppState;
  const store = { getState: () => current, subscribe: (listener: () => void) => listeners.push(listener) } as unknown as AppStore;
  return { store, change: (next: Partial<AppState>) => ((current = { ...current, ...next }), listeners.forEach((l) => l())) };
}

describe("the desktop menu bridge", () => {
  it("spells shortcuts as Electron accelerators", () => {
    expect(accelerator({ key: "p", mod: true, shift: true })).toBe("CmdOrCtrl+Shift+P");
    expect(accelerator({ key: "ArrowLeft", mod: true, shift: true })).toBe("CmdOrCtrl+Shift+Left");
  });

  it("sends every action once, again only when an enabled state changes, and performs clicks", () => {
    const sent: MenuItemData[][] = [];
    let click: (name: string) => void = () => undefined;
    const setPaletteOpen = vi.fn();
    const { store, change } = fakeStore({ route: { screen: "home" }, lesson: null, project: null, paletteOpen: false, lastDeleted: null, setPaletteOpen } as unknown as Partial<AppState>);
    setupMenuBridge(store, { set: (items) => sent.push(items), onAction: (run) => (click = run) });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((item) => item.name)).toEqual(actions.map((action) => action.name));
    expect(sent[0]?.find((item) => item.name === "palette")).toMatchObject({ group: "View", accelerator: "CmdOrCtrl+Shift+P", enabled: true });
    change({ paletteOpen: true });
    expect(sent).toHaveLength(1);
    click("palette");
    expect(setPaletteOpen).toHaveBeenCalledWith(false);
  });
});

/**
 * The desktop app's menu, fed from the action registry: the one list that also drives
 * the shortcuts and the palette. Sends the actions (with their enabled state, again when
 * it changes) through the preload's `mvtMenu`, and performs the ones clicked.
 */
import type { MenuBridge, MenuGroup, MenuItemData } from "../../../app/menu";
import { type Action, actions, type ActionName, type Shortcut } from "../actions/registry";
import type { AppStore } from "../store";

declare global {
  interface Window {
    /** Present in the desktop app only. */
    mvtMenu?: MenuBridge;
  }
}

/** Where each action sits in the menu bar; actions not named here go under Tools. */
const GROUPS: Partial<Record<ActionName, MenuGroup>> = {
  home: "File",
  undoDelete: "File",
  check: "Lesson",
  reset: "Lesson",
  showSolution: "Lesson",
  reload: "Go",
  back: "Go",
  forward: "Go",
  palette: "View",
  showQueries: "View",
  showHistory: "View",
  showConsole: "View",
  showDatabase: "View",
  showShell: "View",
  resetDatabase: "Database",
  flush: "Database",
  loaddata: "Database",
  dumpdata: "Database",
};

/** "CmdOrCtrl+Shift+Left", as Electron spells accelerators. */
export function accelerator(shortcut: Shortcut): string {
  const key = shortcut.key.replace(/^Arrow/, "");
  return [shortcut.mod ? "CmdOrCtrl" : "", shortcut.shift ? "Shift" : "", key.length === 1 ? key.toUpperCase() : key].filter(Boolean).join("+");
}

/** The menu items for the actions, enabled as they are in `state`. */
export function menuItemsFor(list: readonly Action[], state: Parameters<Action["enabled"]>[0]): MenuItemData[] {
  return list.map((action) => ({
    name: action.name,
    label: action.label,
    group: GROUPS[action.name] ?? "Tools",
    enabled: action.enabled(state),
    ...(action.shortcut ? { accelerator: accelerator(action.shortcut) } : {}),
  }));
}

/** Keeps the desktop menu in step with the store; does nothing outside the desktop app. */
export function setupMenuBridge(store: AppStore, bridge: MenuBridge | undefined = window.mvtMenu): void {
  if (!bridge) return;
  let sent = "";
  const send = () => {
    const items = menuItemsFor(actions, store.getState());
    const key = JSON.stringify(items);
    if (key === sent) return;
    sent = key;
    bridge.set(items);
  };
  bridge.onAction((name) => {
    const state = store.getState();
    const action = actions.find((candidate) => candidate.name === name);
    if (action?.enabled(state)) action.perform(state);
  });
  send();
  store.subscribe(send);
}

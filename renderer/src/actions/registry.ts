import type { AppState } from "../store";

/** A key chord; `mod` is Ctrl (Cmd on macOS). */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** Something the learner can do, declared once for buttons and shortcuts alike. */
export interface Action {
  name: ActionName;
  label: string;
  shortcut?: Shortcut;
  /** Whether it can run now. */
  enabled(state: AppState): boolean;
  perform(state: AppState): void;
}

export type ActionName = "check" | "reset" | "showSolution" | "reload" | "back" | "home";

const inLesson = (state: AppState) => state.lesson !== null;

export const actions: readonly Action[] = [
  {
    name: "check",
    label: "Check",
    shortcut: { key: "Enter", mod: true },
    enabled: (state) => inLesson(state) && state.checks.status !== "running",
    perform: (state) => void state.runChecks(),
  },
  {
    name: "reset",
    label: "Reset",
    enabled: inLesson,
    perform: (state) => state.askReset(true),
  },
  {
    name: "showSolution",
    label: "Show solution",
    enabled: inLesson,
    perform: (state) => state.setSolutionOpen(true),
  },
  {
    name: "reload",
    label: "Reload",
    shortcut: { key: "r", mod: true, shift: true },
    enabled: inLesson,
    perform: (state) => void state.reload(),
  },
  {
    name: "back",
    label: "Back",
    shortcut: { key: "ArrowLeft", mod: true, shift: true },
    enabled: (state) => inLesson(state) && state.history.length > 0,
    perform: (state) => void state.back(),
  },
  {
    name: "home",
    label: "All lessons",
    enabled: (state) => state.route.screen === "lesson",
    perform: (state) => state.goHome(),
  },
];

/** The action by name. */
export function action(name: ActionName): Action {
  const found = actions.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No action named ${name}`);
  return found;
}

const isMac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);

/** "Ctrl+Enter" (or "⌘+Enter" on macOS), for tooltips. */
export function shortcutLabel(shortcut: Shortcut): string {
  const parts = [shortcut.mod ? (isMac ? "⌘" : "Ctrl") : "", shortcut.shift ? "Shift" : "", shortcut.key];
  return parts.filter(Boolean).join("+");
}

/** Whether a key event is the shortcut. */
export function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === Boolean(shortcut.mod) &&
    event.shiftKey === Boolean(shortcut.shift)
  );
}

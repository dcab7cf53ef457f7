import type { AppState } from "../store";
import type { DockTab } from "../store/tools";

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

export type ActionName =
  | "check"
  | "reset"
  | "showSolution"
  | "reload"
  | "back"
  | "forward"
  | "home"
  | "palette"
  | "showQueries"
  | "showHistory"
  | "showConsole"
  | "showDatabase"
  | "showShell"
  | "resetDatabase"
  | "flush"
  | "loaddata"
  | "dumpdata"
  | "undoDelete"
  | "makemigrations"
  | "migrate"
  | "migrateTo"
  | "showmigrations"
  | "sqlmigrate"
  | "createsuperuser"
  | "exportNode"
  | "exportDjango"
  | "previousLesson"
  | "nextLesson"
  | "hint"
  | "format"
  | "undo"
  | "redo";

const inLesson = (state: AppState) => state.lesson !== null;
const inProject = (state: AppState) => state.project !== null;
const running = (state: AppState) => state.lesson !== null || state.project !== null;
const editing = (state: AppState) => running(state) && state.active !== null;

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
    enabled: running,
    perform: (state) => void state.reload(),
  },
  {
    name: "back",
    label: "Back",
    shortcut: { key: "ArrowLeft", mod: true, shift: true },
    enabled: (state) => running(state) && state.history.length > 0,
    perform: (state) => void state.back(),
  },
  {
    name: "forward",
    label: "Forward",
    shortcut: { key: "ArrowRight", mod: true, shift: true },
    enabled: (state) => running(state) && state.forwardStack.length > 0,
    perform: (state) => void state.forward(),
  },
  {
    name: "home",
    label: "Home",
    enabled: (state) => state.route.screen !== "home",
    perform: (state) => void state.goHome(),
  },
  {
    name: "palette",
    label: "Command palette",
    shortcut: { key: "p", mod: true, shift: true },
    enabled: () => true,
    perform: (state) => state.setPaletteOpen(!state.paletteOpen),
  },
  dockAction("showQueries", "Show queries", "queries"),
  dockAction("showHistory", "Show request history", "history"),
  dockAction("showConsole", "Show console", "console"),
  dockAction("showDatabase", "Show database", "database"),
  dockAction("showShell", "Show shell", "shell"),
  {
    name: "resetDatabase",
    label: "Reset database…",
    enabled: inProject,
    perform: (state) => {
      state.showDock("database");
      state.askDatabaseReset(true);
    },
  },
  { name: "flush", label: "flush (delete every row)", enabled: inProject, perform: (state) => void state.flush() },
  { name: "loaddata", label: "loaddata (the project's fixtures)", enabled: inProject, perform: (state) => void state.loadFixtures() },
  { name: "dumpdata", label: "dumpdata (all models as a fixture)", enabled: inProject, perform: (state) => void state.dumpdata() },
  { name: "makemigrations", label: "makemigrations (new migrations from model changes)", enabled: inProject, perform: (state) => void state.manage("makemigrations") },
  { name: "migrate", label: "migrate (apply every migration)", enabled: inProject, perform: (state) => void state.manage("migrate") },
  { name: "migrateTo", label: "migrate to a migration…", enabled: inProject, perform: (state) => void state.pickMigration("migrate") },
  { name: "showmigrations", label: "showmigrations", enabled: inProject, perform: (state) => void state.manage("showmigrations") },
  { name: "sqlmigrate", label: "sqlmigrate (a migration's SQL)…", enabled: inProject, perform: (state) => void state.pickMigration("sqlmigrate") },
  { name: "createsuperuser", label: "createsuperuser…", enabled: inProject, perform: (state) => state.askSuperuser() },
  { name: "exportNode", label: "Export to a Node project…", enabled: inProject, perform: (state) => state.askExport("node") },
  { name: "exportDjango", label: "Export to a Django project…", enabled: inProject, perform: (state) => state.askExport("django") },
  {
    name: "previousLesson",
    label: "Previous lesson",
    enabled: (state) => state.lesson?.previous !== undefined,
    perform: (state) => openSibling(state, state.lesson?.previous),
  },
  {
    name: "nextLesson",
    label: "Next lesson",
    enabled: (state) => state.lesson?.next !== undefined,
    perform: (state) => openSibling(state, state.lesson?.next),
  },
  {
    name: "hint",
    label: "Show a hint",
    enabled: (state) => state.lesson !== null && state.hintsShown < state.lesson.hints.length,
    perform: (state) => state.showHint(),
  },
  {
    name: "format",
    label: "Format document",
    // Templates are left as written: only TypeScript has a formatter that keeps them intact.
    enabled: (state) => editing(state) && (state.active ?? "").endsWith(".ts"),
    perform: (state) => state.runEditorCommand("format"),
  },
  { name: "undo", label: "Undo (in the editor)", enabled: editing, perform: (state) => state.runEditorCommand("undo") },
  { name: "redo", label: "Redo (in the editor)", enabled: editing, perform: (state) => state.runEditorCommand("redo") },
  {
    name: "undoDelete",
    label: "Undo delete",
    enabled: (state) => state.lastDeleted !== null,
    perform: (state) => void state.undoDelete(),
  },
];

function dockAction(name: ActionName, label: string, tab: DockTab): Action {
  return { name, label, enabled: running, perform: (state) => state.showDock(tab) };
}

/** Opens the lesson before or after the open one, in the same pack. */
function openSibling(state: AppState, lessonId: string | undefined): void {
  if (state.lesson && lessonId) void state.openLesson(state.lesson.packId, lessonId);
}

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

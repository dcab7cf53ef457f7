/**
 * The main window: sandboxed, isolated, unable to navigate away or open new windows, and
 * reopened at the size and place it was closed (window-state.ts).
 */
import { join } from "node:path";
import { app, BrowserWindow, screen, shell } from "electron";
import { APP_URL, isAppUrl } from "./origin";
import { DEFAULT_SIZE, loadWindowState, saveWindowState, type WindowState } from "./window-state";

/** Saving waits for the window to stop moving for this long. */
const SAVE_DELAY_MS = 500;

/** Opens the app window (or focuses the existing one). */
export function setupWindow(): BrowserWindow {
  const existing = BrowserWindow.getAllWindows()[0];
  if (existing) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return existing;
  }
  const stateDir = app.getPath("userData");
  const saved = loadWindowState(stateDir, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    title: "MVT Lab",
    show: false,
    webPreferences: {
      preload: join(__dirname, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  keepWindowState(window, stateDir);
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    // Links in lesson text open in the user's browser; nothing opens inside the app.
    if (url.startsWith("https://")) void shell.openExternal(url);
    return { action: "deny" };
  });
  contents.on("will-navigate", (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  window.once("ready-to-show", () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_URL);
  return window;
}

/** Saves the window's bounds (the normal ones, when maximized) after it moves, resizes or closes. */
function keepWindowState(window: BrowserWindow, dir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = (): WindowState => ({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  const save = (state: WindowState) => {
    saveWindowState(dir, state).catch((error: unknown) => process.stderr.write(`MVT Lab: the window's size could not be saved: ${String(error)}\n`));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => save(current()), SAVE_DELAY_MS);
  };
  window.on("resize", later);
  window.on("move", later);
  window.on("maximize", later);
  window.on("unmaximize", later);
  window.on("close", () => {
    clearTimeout(timer);
    save(current());
  });
}

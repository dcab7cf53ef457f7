/** The main window: sandboxed, isolated, unable to navigate away or open new windows. */
import { join } from "node:path";
import { BrowserWindow, shell } from "electron";
import { APP_URL, isAppUrl } from "./origin";

/** Opens the app window (or focuses the existing one). */
export function setupWindow(): BrowserWindow {
  const existing = BrowserWindow.getAllWindows()[0];
  if (existing) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return existing;
  }
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
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
  window.once("ready-to-show", () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/**
 * The Electron main process (dist/app/main.cjs): one instance, one secure window, the
 * renderer over app://, the HostApi over IPC, and a menu built from the renderer's actions.
 */
import { app, BrowserWindow, dialog } from "electron";
import { createHost } from "../host/host";
import { appVersion, defaultHome, defaultPacksDir, defaultTemplatesDir, rendererDir } from "../host/install";
import { setupHostIpc } from "./ipc";
import { setupMenu } from "./menu";
import { registerAppScheme, setupProtocol } from "./protocol";
import { setupWindow } from "./window";

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on("second-instance", () => setupWindow());
  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });
  app.on("activate", () => setupWindow());
  app
    .whenReady()
    .then(() => {
      setupProtocol(rendererDir());
      setupMenu();
      setupHostIpc(
        createHost({
          packsDir: defaultPacksDir(),
          templatesDir: defaultTemplatesDir(),
          home: defaultHome(),
          mode: "desktop",
          version: appVersion,
          chooseFolder,
        }),
      );
      setupWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox("MVT Lab could not start", error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

/** The native open dialog, over the app's window: a project to open, a folder to export into, or a pack to import. */
async function chooseFolder(purpose: "open" | "export" | "import"): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    open: { title: "Open a project folder", properties: ["openDirectory" as const] },
    export: { title: "Export the project into a new or empty folder", buttonLabel: "Export here", properties: ["openDirectory" as const, "createDirectory" as const] },
    import: { title: "Import a lesson pack", buttonLabel: "Import", properties: ["openFile" as const], filters: [{ name: "Lesson packs", extensions: ["mvtpack"] }] },
  }[purpose];
  const window = BrowserWindow.getFocusedWindow();
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

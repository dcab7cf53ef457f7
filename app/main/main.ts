/**
 * The Electron main process (dist/app/main.cjs): one instance, one secure window, the
 * renderer over app://, and the HostApi over IPC.
 */
import { app, dialog } from "electron";
import { createHost } from "../host/host";
import { appVersion, defaultHome, defaultPacksDir, rendererDir } from "../host/install";
import { setupHostIpc } from "./ipc";
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
      setupHostIpc(createHost({ packsDir: defaultPacksDir(), home: defaultHome(), mode: "desktop", version: appVersion }));
      setupWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox("MVT Lab could not start", error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import type { HostApi } from "../../../app/contract";
import type { SandboxListener } from "../sandbox/client";
import { mirrorMedia } from "../sandbox/media";
import { createEditorSlice } from "./editor";
import { createInspectorSlice } from "./inspector";
import { createLayoutSlice } from "./layout";
import { createLessonSlice } from "./lesson";
import { createManageSlice } from "./manage";
import { createProjectSlice } from "./project";
import { createSandboxSlice } from "./sandbox";
import { createToolsSlice } from "./tools";
import type { AppState, Sandbox, Services } from "./types";
import { createWorkspaceSlice } from "./workspace";

export type { AppState } from "./types";
export type AppStore = StoreApi<AppState>;

/**
 * The app's one store, its slices combined. `connect` starts the sandbox, given the
 * listener through which the sandbox reports to the store.
 */
export function createAppStore(host: HostApi, connect: (listener: SandboxListener) => Sandbox): AppStore {
  let sandbox: Sandbox | null = null;
  const services: Services = {
    host,
    get sandbox(): Sandbox {
      if (!sandbox) throw new Error("The sandbox is not started yet.");
      return sandbox;
    },
  };
  const store = createStore<AppState>()((...a) => ({
    ...createWorkspaceSlice(services)(...a),
    ...createLessonSlice(services)(...a),
    ...createProjectSlice(services)(...a),
    ...createEditorSlice(services)(...a),
    ...createSandboxSlice(services)(...a),
    ...createInspectorSlice(services)(...a),
    ...createToolsSlice(services)(...a),
    ...createManageSlice(services)(...a),
    ...createLayoutSlice(services)(...a),
  }));
  void store.getState().restoreLayout();
  sandbox = connect({
    database: (bytes) => store.getState().databaseWritten(bytes),
    media: (changes) => mirrorMedia(services.host, store.getState().project?.root, changes, (message) => store.getState().sandboxTrouble(message)),
    console: (level, text, origin) => store.getState().logConsole({ level, text, ...(origin ? { origin } : {}) }),
    trouble: (message) => store.getState().sandboxTrouble(message),
  });
  return store;
}

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the app store from React, re-rendering when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useApp must be used inside <StoreContext.Provider>.");
  return useStore(store, selector);
}

/** The store itself, for event handlers that act on the latest state. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore must be used inside <StoreContext.Provider>.");
  return store;
}

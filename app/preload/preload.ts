/**
 * The preload: exposes exactly the HostApi as `window.mvtHost`, each method forwarding
 * over IPC and rethrowing the host's error message as is; and `window.mvtMenu`, which
 * carries the renderer's actions to the application menu and its clicks back.
 */
import { contextBridge, ipcRenderer } from "electron";
import { type HostApi, type HostMethod, hostMethods } from "../contract";
import { hostChannel, type IpcReply } from "../ipc";
import { MENU_RUN_CHANNEL, MENU_SET_CHANNEL, type MenuBridge } from "../menu";

function forward(method: HostMethod) {
  return async (...args: unknown[]): Promise<unknown> => {
    const reply = (await ipcRenderer.invoke(hostChannel(method), ...args)) as IpcReply;
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

const mvtHost = Object.fromEntries(hostMethods.map((method) => [method, forward(method)])) as unknown as HostApi;

contextBridge.exposeInMainWorld("mvtHost", mvtHost);

const mvtMenu: MenuBridge = {
  set: (items) => ipcRenderer.send(MENU_SET_CHANNEL, items),
  onAction: (run) => {
    ipcRenderer.on(MENU_RUN_CHANNEL, (_event, name: unknown) => {
      if (typeof name === "string") run(name);
    });
  },
};

contextBridge.exposeInMainWorld("mvtMenu", mvtMenu);

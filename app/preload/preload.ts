/**
 * The preload: exposes exactly the HostApi as `window.mvtHost`, each method forwarding
 * over IPC and rethrowing the host's error message as is.
 */
import { contextBridge, ipcRenderer } from "electron";
import { type HostApi, type HostMethod, hostMethods } from "../contract";
import { hostChannel, type IpcReply } from "../ipc";

function forward(method: HostMethod) {
  return async (...args: unknown[]): Promise<unknown> => {
    const reply = (await ipcRenderer.invoke(hostChannel(method), ...args)) as IpcReply;
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

const mvtHost = Object.fromEntries(hostMethods.map((method) => [method, forward(method)])) as unknown as HostApi;

contextBridge.exposeInMainWorld("mvtHost", mvtHost);

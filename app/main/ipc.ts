/**
 * HostApi over IPC: one ipcMain handler per contract method, each checking that the call
 * comes from the app's own page and validating its arguments with the contract's schemas.
 */
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import { type HostApi, hostMethods } from "../contract";
import { parseHostArgs } from "../host/args";
import { hostChannel, type IpcReply } from "../ipc";
import { isAppUrl } from "./origin";

/** Registers the handlers; every method of `host` in the contract, nothing else. */
export function setupHostIpc(host: HostApi): void {
  for (const method of hostMethods) {
    ipcMain.handle(hostChannel(method), async (event, ...args: unknown[]): Promise<IpcReply> => {
      try {
        assertTrustedSender(event);
        const call = host[method] as (...values: unknown[]) => Promise<unknown>;
        return { ok: true, value: await call(...parseHostArgs(method, args)) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}

/** Only the top frame of a page served from app:// may call the host. */
function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) {
    throw new Error(`Refused a host call from ${frame?.url ?? "a closed frame"}: only the MVT Lab page may call the host.`);
  }
}

/** What the Electron main process and the preload share about the HostApi over IPC. */
import type { HostMethod } from "./contract";

/** The IPC channel carrying one HostApi method. */
export function hostChannel(method: HostMethod): string {
  return `mvt:host:${method}`;
}

/**
 * A handler's reply. Errors travel as data so the preload can rethrow the host's own
 * message (Electron would prefix a thrown one with "Error invoking remote method ...").
 */
export type IpcReply = { ok: true; value: unknown } | { ok: false; error: string };

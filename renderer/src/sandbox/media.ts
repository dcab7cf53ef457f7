import type { HostApi } from "../../../app/contract";
import type { MediaChange } from "../../../sandbox/protocol";

/**
 * Has the host mirror uploads the sandbox saved or deleted in `<project>/media/`, in
 * order. A lesson keeps its uploads in the sandbox only (they go when the lesson resets).
 */
export function mirrorMedia(host: HostApi, root: string | undefined, changes: MediaChange[], fail: (message: string) => void): void {
  if (!root) return;
  void changes
    .reduce((previous, change) => previous.then(() => host.writeProjectMedia(root, change.path, change.bytes ?? null)), Promise.resolve())
    .catch((error: unknown) => fail(`An uploaded file could not be saved in media/: ${error instanceof Error ? error.message : String(error)}`));
}

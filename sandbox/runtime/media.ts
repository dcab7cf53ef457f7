/**
 * The project's uploaded files between the host and the framework's default_storage:
 * loaded in with the project, and each save or delete handed out once as a MediaChange
 * so that the host can mirror it in <project>/media/.
 */
import { default_storage } from "../framework";
import type { MediaChange, MediaFiles } from "../protocol";

let pending: MediaChange[] = [];
default_storage.listen((change) => {
  pending.push(change.kind === "saved" ? { path: change.name, bytes: change.bytes } : { path: change.name });
});

/** Replaces the stored files with the project's own (nothing is reported for them). */
export function loadMedia(media: MediaFiles): void {
  default_storage.reset(media);
  pending = [];
}

/** The changes since the last call, oldest first. */
export function takeMediaChanges(): MediaChange[] {
  const changes = pending;
  pending = [];
  return changes;
}

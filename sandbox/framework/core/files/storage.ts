/**
 * File storage, as Django's core/files/storage.py: `default_storage.save(name, content)`
 * picks a free name (`cover_a1B2c3d.png` on a clash), and `url(name)` is under MEDIA_URL.
 * The files live in memory in the sandbox; whoever runs it listens for changes and keeps
 * them on disk (`<project>/media/`).
 *
 * Django's MEDIA_ROOT is that folder, always: the sandbox has no file system to point it
 * elsewhere, so a MEDIA_ROOT in settings.ts is accepted like any setting but moves nothing,
 * and the Django export writes `MEDIA_ROOT = BASE_DIR / "media"` beside the same files.
 */
import { settings } from "../../conf/settings";
import { get_random_string } from "../crypto";
import { SuspiciousOperation } from "../../http/exceptions";
import type { UploadedFile } from "./uploadedfile";

/** A file name that would leave the storage's root: "../settings.ts", "/etc/passwd". */
export class SuspiciousFileOperation extends SuspiciousOperation {}

/** A change to the stored files: a file saved (with its bytes) or deleted. */
export type StorageChange = { kind: "saved"; name: string; bytes: Uint8Array } | { kind: "deleted"; name: string };

/** Django's get_valid_filename: spaces to underscores, only letters, digits, "-", "_" and ".". */
export function get_valid_filename(name: string): string {
  const s = name.trim().replace(/ /g, "_").replace(/[^-\w.]/gu, "");
  if (s === "" || s === "." || s === "..") throw new SuspiciousFileOperation(`Could not derive file name from '${name}'`);
  return s;
}

/** Files by name, in memory: FileSystemStorage's API without the file system. */
export class FileSystemStorage {
  private readonly files = new Map<string, Uint8Array>();
  private readonly listeners = new Set<(change: StorageChange) => void>();

  /** Saves `content` under a free name near `name`; returns the name used. */
  save(name: string, content: UploadedFile | Uint8Array, max_length: number | null = null): string {
    const available = this.get_available_name(this.normalize(name), max_length);
    const bytes = content instanceof Uint8Array ? content : content.bytes;
    this.files.set(available, bytes);
    this.emit({ kind: "saved", name: available, bytes });
    return available;
  }

  /** The file's bytes; an Error naming the file when there is none. */
  open(name: string): Uint8Array {
    const bytes = this.files.get(this.normalize(name));
    if (!bytes) throw new Error(`[Errno 2] No such file or directory: '${name}'`);
    return bytes;
  }

  exists(name: string): boolean {
    return this.files.has(this.normalize(name));
  }

  delete(name: string): void {
    const key = this.normalize(name);
    if (this.files.delete(key)) this.emit({ kind: "deleted", name: key });
  }

  size(name: string): number {
    return this.open(name).length;
  }

  /** Stored names, sorted. */
  listdir(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The URL a browser fetches the file from: MEDIA_URL + name. */
  url(name: string): string {
    const base = String(settings.MEDIA_URL);
    return (base.endsWith("/") ? base : base + "/") + this.normalize(name).split("/").map(encodeURIComponent).join("/");
  }

  /** Django's get_valid_name, applied to the last part of a path. */
  get_valid_name(name: string): string {
    return get_valid_filename(name);
  }

  /** `name`, or `name` with `_` and 7 random characters before its extension, until it is free. */
  get_available_name(name: string, max_length: number | null = null): string {
    const slash = name.lastIndexOf("/");
    const dir = name.slice(0, slash + 1);
    const file = name.slice(slash + 1);
    const dot = file.lastIndexOf(".");
    const [root, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ""];
    let candidate = name;
    while (this.files.has(candidate) || (max_length !== null && candidate.length > max_length)) {
      let base = root;
      if (max_length !== null) {
        const over = dir.length + root.length + 8 + ext.length - max_length;
        if (over > 0) base = root.slice(0, root.length - over);
        if (!base) {
          throw new SuspiciousFileOperation(`Storage can not find an available filename for "${name}". Please make sure that the corresponding file field allows sufficient "max_length".`);
        }
      }
      candidate = `${dir}${base}_${get_random_string(7)}${ext}`;
    }
    return candidate;
  }

  /** Replaces every file at once, without telling listeners (loading a project's media). */
  reset(files: Record<string, Uint8Array> = {}): void {
    this.files.clear();
    for (const [name, bytes] of Object.entries(files)) this.files.set(this.normalize(name), bytes);
  }

  /** Calls `listener` on each save and delete; returns the function that stops it. */
  listen(listener: (change: StorageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A relative path with forward slashes; SuspiciousFileOperation if it leaves the root. */
  private normalize(name: string): string {
    const parts = name.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".");
    if (/^([a-zA-Z]:)?[\\/]/.test(name) || parts.includes("..")) throw new SuspiciousFileOperation(`Detected path traversal attempt in '${name}'`);
    if (!parts.length) throw new SuspiciousFileOperation(`Could not derive file name from '${name}'`);
    return parts.join("/");
  }

  private emit(change: StorageChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** The storage FileFields use: `default_storage.save("notes.txt", new ContentFile("hi"))`. */
export const default_storage = new FileSystemStorage();

/**
 * Small pieces of UI state kept in the workspace home as JSON, one file per key
 * (<home>/ui-state/<key>.json): the panel layout, the preview's cookies per project.
 * Kept by the host so they survive a restart in the desktop app and web mode alike.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic";
import { isNotFound } from "./files";

export class UiState {
  constructor(private readonly home: string) {}

  /** The value saved under `key`, or null when there is none or it is damaged (it only costs a preference). */
  async read(key: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.path(key), "utf8")) as unknown;
    } catch (error) {
      if (isNotFound(error) || error instanceof SyntaxError) return null;
      throw error;
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    await writeFileAtomic(this.path(key), `${JSON.stringify(value)}\n`);
  }

  private path(key: string): string {
    return join(this.home, "ui-state", `${key}.json`);
  }
}

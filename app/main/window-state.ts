/**
 * The window's size and place, kept in userData/window-state.json so the app opens where
 * it was closed. A damaged file, or a place no screen shows any more, falls back to the
 * default size, centred.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../host/atomic";

const windowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640).max(16384),
  height: z.number().int().min(480).max(16384),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 };
const FILE = "window-state.json";

/** The saved state, if the file is there, valid, and its title bar is on one of `screens`. */
export function loadWindowState(dir: string, screens: Rect[]): WindowState | null {
  let parsed: WindowState;
  try {
    parsed = windowState.parse(JSON.parse(readFileSync(join(dir, FILE), "utf8")));
  } catch {
    return null; // none yet, or damaged: a default window costs nothing
  }
  const titleBar = { x: parsed.x + 40, y: parsed.y + 10 };
  const visible = screens.some((s) => titleBar.x >= s.x && titleBar.x < s.x + s.width && titleBar.y >= s.y && titleBar.y < s.y + s.height);
  return visible ? parsed : null;
}

export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(dir, FILE), `${JSON.stringify(state)}\n`);
}

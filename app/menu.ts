/**
 * The application menu as data, shared by the renderer (which owns the actions), the
 * preload (which carries them) and the main process (which draws the native menu).
 * The renderer's action registry stays the one list: it sends its actions here, and
 * a click comes back as the action's name for the renderer to perform.
 */
import { z } from "zod";

/** Renderer -> main: the whole menu, sent again whenever an action's enabled state changes. */
export const MENU_SET_CHANNEL = "mvt:menu:set";
/** Main -> renderer: run the action with this name. */
export const MENU_RUN_CHANNEL = "mvt:menu:run";

/** Top-level menus, in the order the menu bar shows them. */
export const MENU_GROUPS = ["File", "Lesson", "Go", "View", "Database", "Tools"] as const;

const menuItem = z.object({
  name: z.string().min(1).max(60),
  label: z.string().min(1).max(120),
  group: z.enum(MENU_GROUPS),
  /** Electron's accelerator syntax, e.g. "CmdOrCtrl+Shift+P". */
  accelerator: z.string().max(40).optional(),
  enabled: z.boolean(),
});

export const menuItems = z.array(menuItem).max(200);

export type MenuItemData = z.infer<typeof menuItem>;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/** What the preload exposes as `window.mvtMenu` (only in the desktop app). */
export interface MenuBridge {
  set(items: MenuItemData[]): void;
  /** Calls `run` with an action's name when its menu item is clicked. */
  onAction(run: (name: string) => void): void;
}

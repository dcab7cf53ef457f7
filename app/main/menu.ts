/**
 * The application menu, drawn from the renderer's action registry (app/menu.ts). Items
 * show their shortcuts but do not register them: the renderer's own shortcut handler
 * runs them, so a key press never performs an action twice.
 */
import { ipcMain, Menu, type MenuItemConstructorOptions } from "electron";
import { MENU_GROUPS, MENU_RUN_CHANNEL, MENU_SET_CHANNEL, type MenuGroup, type MenuItemData, menuItems } from "../menu";
import { isAppUrl } from "./origin";

/** The menu template: the standard app, edit and window menus around the actions' groups. */
export function menuTemplate(items: MenuItemData[], run: (name: string) => void, platform = process.platform): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const groupMenu = (group: MenuGroup): MenuItemConstructorOptions[] => {
    const submenu: MenuItemConstructorOptions[] = items
      .filter((item) => item.group === group)
      .map((item) => ({
        label: item.label,
        enabled: item.enabled,
        click: () => run(item.name),
        ...(item.accelerator ? { accelerator: item.accelerator, registerAccelerator: false } : {}),
      }));
    if (group === "File" && !mac) submenu.push(...(submenu.length ? [{ type: "separator" as const }] : []), { role: "quit" });
    return submenu.length ? [{ label: group, submenu }] : [];
  };
  return [
    ...(mac ? [{ role: "appMenu" as const }] : []),
    ...groupMenu("File"),
    { role: "editMenu" },
    ...MENU_GROUPS.filter((group) => group !== "File").flatMap(groupMenu),
    { role: "windowMenu" },
  ];
}

/** Draws a default menu now, and the actions' menu whenever the app's page sends it. */
export function setupMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate([], () => undefined)));
  ipcMain.on(MENU_SET_CHANNEL, (event, raw: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) return;
    const parsed = menuItems.safeParse(raw);
    if (!parsed.success) return;
    const sender = event.sender;
    const run = (name: string) => {
      if (!sender.isDestroyed()) sender.send(MENU_RUN_CHANNEL, name);
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(parsed.data, run)));
  });
}

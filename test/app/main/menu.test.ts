import type { MenuItemConstructorOptions } from "electron";
import { describe, expect, it, vi } from "vitest";
import type { MenuItemData } from "../../../app/menu";

vi.mock("electron", () => ({ ipcMain: { on: vi.fn() }, Menu: {} }));
const { menuTemplate } = await import("../../../app/main/menu");

const items: MenuItemData[] = [
  { name: "reload", label: "Reload", group: "Go", accelerator: "CmdOrCtrl+Shift+R", enabled: true },
  { name: "home", label: "Home", group: "File", enabled: false },
  { name: "makemigrations", label: "makemigrations", group: "Tools", enabled: true },
];

const labels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);

describe("menuTemplate", () => {
  it("puts the actions' groups between the standard menus, in the bar's order", () => {
    expect(labels(menuTemplate(items, () => undefined, "linux"))).toEqual(["File", "editMenu", "Go", "Tools", "windowMenu"]);
    expect(labels(menuTemplate(items, () => undefined, "darwin"))[0]).toBe("appMenu");
  });

  it("shows shortcuts without registering them, keeps enabled states, and runs the action by name", () => {
    const run = vi.fn();
    const go = menuTemplate(items, run, "linux").find((menu) => menu.label === "Go");
    const reload = (go?.submenu as MenuItemConstructorOptions[] | undefined)?.[0];
    expect(reload).toMatchObject({ label: "Reload", accelerator: "CmdOrCtrl+Shift+R", registerAccelerator: false, enabled: true });
    reload?.click?.({} as never, undefined, {} as never);
    expect(run).toHaveBeenCalledWith("reload");
    const file = menuTemplate(items, run, "linux")[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual(["Home", "separator", "quit"]);
    expect(file[0]?.enabled).toBe(false);
  });
});

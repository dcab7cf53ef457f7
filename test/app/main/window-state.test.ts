import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWindowState, saveWindowState } from "../../../app/main/window-state";

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe("window state", () => {
  it("comes back as it was saved", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mvt-window-"));
    await saveWindowState(dir, { x: 100, y: 50, width: 1200, height: 800, maximized: true });
    expect(loadWindowState(dir, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
  });

  it("is ignored when missing, damaged, or on a screen that is gone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mvt-window-"));
    expect(loadWindowState(dir, [screen])).toBeNull();
    writeFileSync(join(dir, "window-state.json"), "{not json");
    expect(loadWindowState(dir, [screen])).toBeNull();
    await saveWindowState(dir, { x: 3000, y: 50, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(dir, [screen])).toBeNull();
    expect(loadWindowState(dir, [screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).not.toBeNull();
  });
});

import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UiState } from "../../../app/host/ui-state";

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "mvt-ui-state-"));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("UiState", () => {
  it("keeps a value per key across instances (a restart), and has null for a key never saved", async () => {
    await new UiState(home).write("layout", { tree: 300, preview: 700, dock: 250 });
    const restarted = new UiState(home);
    expect(await restarted.read("layout")).toEqual({ tree: 300, preview: 700, dock: 250 });
    expect(await restarted.read("cookies")).toBeNull();
  });

  it("reads a damaged file as null: it only costs the preference", async () => {
    await mkdir(join(home, "ui-state"));
    await writeFile(join(home, "ui-state", "layout.json"), "{not json");
    expect(await new UiState(home).read("layout")).toBeNull();
  });
});

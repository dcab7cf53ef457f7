/** <project>/media/: read whole when the project opens, written atomically one file at a time, confined to media/. */
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readMedia, writeMedia } from "../../../app/host/media";
import { readProjectTree } from "../../../app/host/project-files";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("project media", () => {
  it("writes, reads back and deletes uploads, and keeps them out of the editor's tree", async () => {
    root = mkdtempSync(join(tmpdir(), "mvt-media-"));
    expect(await readMedia(root)).toEqual({});
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    await writeMedia(root, "photos/a.png", png);
    expect(readFileSync(join(root, "media", "photos", "a.png"))).toEqual(Buffer.from(png));
    expect(await readMedia(root)).toEqual({ "photos/a.png": png });
    expect((await readProjectTree(root)).folders).toEqual([]);
    await writeMedia(root, "photos/a.png", null);
    expect(existsSync(join(root, "media", "photos", "a.png"))).toBe(false);
  });

  it("refuses paths that leave media/", async () => {
    root = mkdtempSync(join(tmpdir(), "mvt-media-"));
    await expect(writeMedia(root, "../settings.ts", new Uint8Array(1))).rejects.toThrow('goes up a folder with ".."');
    await expect(writeMedia(root, "/etc/passwd", new Uint8Array(1))).rejects.toThrow("is absolute");
  });
});

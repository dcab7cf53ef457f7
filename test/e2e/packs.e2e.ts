/**
 * Sharing a lesson pack, as a learner receives one: a .mvtpack made from a pack folder is
 * imported through Home (web mode: its path typed in), listed as imported with its lessons,
 * a lesson opens, and the pack is removed again. A damaged file is refused on Home.
 * Needs `npm run build` first; screenshots land in test-results/screenshots/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPackFolder, writePackArchive } from "../../app/host/pack-archive";
import { shot, useApp } from "./support/app";

describe("importing and removing a lesson pack", () => {
  const app = useApp("packs");
  let scratch: string;
  let packFile: string;
  let damaged: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "mvt-lab-e2e-packfile-"));
    const folder = join(scratch, "bookshelf-extras");
    const lesson = resolve(__dirname, "../../lessons/django-basics/first-view-url");
    cpSync(lesson, join(folder, "book-pages"), { recursive: true });
    const manifest = readFileSync(join(lesson, "lesson.yaml"), "utf8").replace(/^title: .*$/m, "title: Give each book its page");
    writeFileSync(join(folder, "book-pages/lesson.yaml"), manifest);
    writeFileSync(join(folder, "pack.yaml"), 'id: bookshelf-extras\ntitle: Bookshelf extras\nversion: "1.0.0"\ndescription: Shared by an instructor.\nlessons:\n  - book-pages\n');
    packFile = join(scratch, "bookshelf-extras-1.0.0.mvtpack");
    const bytes = writePackArchive("bookshelf-extras", "1.0.0", await readPackFolder(folder));
    writeFileSync(packFile, bytes);
    damaged = join(scratch, "damaged.mvtpack");
    writeFileSync(damaged, bytes.subarray(0, bytes.length / 2));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("refuses a damaged file, imports the pack, opens its lesson, and removes it", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("pack-django-basics").waitFor();

    await page.getByTestId("import-pack").click();
    await page.getByTestId("import-pack-path").fill(damaged);
    await page.getByTestId("import-pack-go").click();
    const notice = page.getByTestId("packs-notice");
    await expect.poll(() => notice.textContent()).toContain(`The pack was not imported: ${damaged} is not a readable .mvtpack`);
    expect(await notice.getAttribute("role")).toBe("alert");
    await notice.scrollIntoViewIfNeeded();
    await shot(page, "packs-import-refused");

    await page.getByTestId("import-pack-path").fill(packFile);
    await page.getByTestId("import-pack-go").click();
    await expect.poll(() => notice.textContent()).toBe("Imported “Bookshelf extras” 1.0.0: 1 lesson, at the end of the list.");
    await shot(page, "packs-import-done");
    const card = page.getByTestId("pack-bookshelf-extras");
    expect(await card.getByTestId("imported-bookshelf-extras").textContent()).toBe("imported");
    expect(await card.getByTestId("lesson-book-pages").textContent()).toContain("Give each book its page");
    expect(await page.getByTestId("imported-django-basics").count()).toBe(0);
    await card.scrollIntoViewIfNeeded();
    await shot(page, "packs-imported");

    await card.getByTestId("lesson-book-pages").click();
    await expect.poll(() => page.getByTestId("lesson-title").textContent()).toBe("Give each book its page");
    await page.getByTestId("lesson-steps").waitFor();
    await shot(page, "packs-lesson");

    await page.getByTestId("action-home").click();
    await card.getByTestId("remove-pack-bookshelf-extras").click();
    await card.getByTestId("confirm-remove-bookshelf-extras").waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, "packs-remove-confirm");
    await card.getByTestId("confirm-remove-go-bookshelf-extras").click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await notice.textContent()).toBe("Removed “Bookshelf extras”. Your progress in it is kept, should you import it again.");
    await shot(page, "packs-removed");
    // The browser logs the refused import (HTTP 400); that one is expected.
    expect(app.consoleErrors.filter((line) => !line.includes("api/importPack"))).toEqual([]);
  }, 20_000);
});

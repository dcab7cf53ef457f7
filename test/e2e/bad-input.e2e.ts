/**
 * Bad input, as a person meets it in the app. In the learner's code: a syntax error, a
 * view that throws, and a view that never returns. In a project folder: a huge file, a
 * binary one, a damaged database, a folder that is read-only from the start or becomes
 * so while open. Nothing is lost in any of them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceInEditor, shot, useApp } from "./support/app";

describe("bad input in the learner's code", () => {
  const app = useApp("bad");
  let editor: Locator;
  let counter: Locator;

  const preview = () => app.page.frameLocator('[data-testid="preview-frame"]').locator("body");

  const original = readFileSync("lessons/django-basics/n-plus-one/start/books/views.ts", "utf8");

  /** Replaces the first match of `text` in the open file, as a paste would. */
  async function replace(text: string, replacement: string): Promise<void> {
    await editor.locator(".view-lines").click();
    await app.page.keyboard.press("Control+F");
    await app.page.keyboard.type(text);
    await app.page.keyboard.press("Escape");
    await app.page.keyboard.insertText(replacement);
  }

  /** Puts the view back as the lesson started, as select-all and paste would. */
  async function restore(): Promise<void> {
    await editor.locator(".view-lines").click();
    await app.page.keyboard.press("Control+A");
    await app.page.keyboard.insertText(original);
  }

  beforeAll(async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId("lesson-n-plus-one").click();
    editor = app.page.getByTestId("code-editor");
    counter = app.page.getByTestId("query-count");
    await app.page.locator('[data-testid="query-count"][data-count="11"]').waitFor({ timeout: 60_000 });
    await app.page.getByTestId("tab-books/views.ts").click();
  });

  it("shows a syntax error with file:line and keeps the last working page", async () => {
    await replace("Book.objects.all()", "Book.objects.all(;");
    const banner = app.page.getByTestId("preview-error");
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toMatch(/books\/views\.ts:5:\d+/);
    expect(await preview().textContent()).toContain("Frank Herbert");
    await shot(app.page, "bad-syntax-error");
    await restore();
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("11");
  });

  it("shows Django's debug page, with the learner's line, when a view throws", async () => {
    await replace("return render", 'throw new Error("kaboom"); return render');
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("kaboom");
    expect(await preview().textContent()).toContain("books/views.ts:6");
    expect(await app.page.getByTestId("status").textContent()).toContain("500");
    await shot(app.page, "bad-view-throws");
    await restore();
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("Frank Herbert");
  });

  it("stops a view that loops forever within 5 s, restarts the sandbox, and keeps files and data", async () => {
    await replace("return render", "while (books) {} return render");
    const notice = app.page.getByTestId("preview-notice");
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain("stopped after 5 s");
    await shot(app.page, "bad-infinite-loop");
    await restore();
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("Ubik");
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("11");
    expect(await editor.locator(".view-lines").textContent()).not.toContain("while");
    expect(app.consoleErrors).toEqual([]);
  });
});

/** Makes a folder read-only as the file system sees it: chmod for a user, the immutable flag for root (whom chmod does not stop). */
function setLocked(dir: string, locked: boolean): void {
  if (process.getuid?.() === 0) execFileSync("chattr", ["-R", locked ? "+i" : "-i", dir]);
  else execFileSync("chmod", ["-R", locked ? "a-w" : "u+w", dir]);
}

/** Whether this machine can make a folder read-only for this test (chattr needs a file system that has the flag). */
const canLock = (() => {
  const dir = mkdtempSync(join(tmpdir(), "mvt-lab-lock-probe-"));
  try {
    setLocked(dir, true);
    try {
      writeFileSync(join(dir, "probe"), "");
      return false;
    } catch {
      return true;
    } finally {
      setLocked(dir, false);
    }
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

describe("bad input in a project folder", () => {
  const app = useApp("bad-project");
  const editor = () => app.page.getByTestId("code-editor");
  const frameText = () => app.page.frameLocator('[data-testid="preview-frame"]').locator("body").textContent();
  const locked: string[] = [];

  // Runs before useApp's afterAll (after hooks run last-registered first): unlock, then remove.
  afterAll(() => {
    for (const dir of locked) setLocked(dir, false);
  });

  async function create(name: string): Promise<string> {
    await app.page.goto(app.url);
    await app.page.getByTestId("new-project-name").fill(name);
    await app.page.getByTestId("new-project-template").selectOption("blank");
    await app.page.getByTestId("new-project-create").click();
    await expect.poll(frameText, { timeout: 60_000 }).toContain("It works");
    return join(app.home, "projects", name);
  }

  async function reopen(name: string): Promise<void> {
    await app.page.getByTestId("action-home").click();
    await app.page.getByTestId(`project-${name}`).click();
    await app.page.getByTestId("file-tree").waitFor();
  }

  it("lists a huge file and a binary one without opening them, and never overwrites a damaged database", async () => {
    const root = await create("odd-files");
    const huge = "x".repeat(1.5 * 1024 * 1024);
    writeFileSync(join(root, "big.txt"), huge);
    writeFileSync(join(root, "pages", "logo.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(root, "db.sqlite3"), "this is not a database");
    await reopen("odd-files");
    await expect.poll(() => app.page.getByTestId("database-problem").textContent(), { timeout: 30_000 }).toContain("not an SQLite database");
    await app.page.getByTestId("tree-big.txt").click();
    await expect.poll(() => app.page.getByTestId("tree-error").textContent()).toContain("is 1.5 MB; the editor opens files up to 1 MB");
    await shot(app.page, "bad-huge-file");
    await app.page.getByTestId("tree-pages/logo.bin").click();
    await expect.poll(() => app.page.getByTestId("tree-error").textContent()).toContain("is a binary file");
    // Editing still works, and the damaged database is left alone until the learner decides.
    await app.page.getByTestId("tree-pages/views.ts").click();
    await replaceInEditor(app.page, "It works", "Still works");
    await expect.poll(() => readFileSync(join(root, "pages", "views.ts"), "utf8"), { timeout: 30_000 }).toContain("Still works");
    expect(readFileSync(join(root, "db.sqlite3"), "utf8")).toBe("this is not a database");
    expect(readFileSync(join(root, "big.txt"), "utf8")).toBe(huge);
    await shot(app.page, "bad-damaged-database");
    await app.page.getByTestId("backup-database").click();
    await expect.poll(() => app.page.getByTestId("preview-notice").textContent(), { timeout: 30_000 }).toContain("was kept as db.sqlite3.");
    const backup = readdirSync(root).find((name) => name.endsWith(".bak"));
    expect(backup && readFileSync(join(root, backup), "utf8")).toBe("this is not a database");
    await expect.poll(frameText, { timeout: 30_000 }).toContain("Still works");
    await expect.poll(() => existsSync(join(root, "db.sqlite3")) && readFileSync(join(root, "db.sqlite3")).subarray(0, 15).toString(), { timeout: 30_000 }).toBe("SQLite format 3");
    expect(app.consoleErrors).toEqual([]);
  });

  it.skipIf(!canLock)("opens a read-only folder read-only, saying so", async () => {
    const root = await create("locked");
    await app.page.getByTestId("action-home").click();
    setLocked(root, true);
    locked.push(root);
    await app.page.getByTestId("project-locked").click();
    await expect.poll(() => app.page.getByTestId("file-tree").textContent(), { timeout: 30_000 }).toContain("read-only folder");
    expect(await app.page.getByTestId("readonly-notice").textContent()).toContain("This project folder cannot be written");
    await app.page.getByTestId("tree-pages/views.ts").click();
    await expect.poll(() => editor().getAttribute("data-readonly")).toBe("true");
    await editor().locator(".view-lines").click();
    await app.page.keyboard.type("lost?");
    await expect.poll(() => app.page.locator(".monaco-editor-overlaymessage").textContent()).toContain("cannot be edited here: the project folder cannot be written");
    await shot(app.page, "bad-readonly-folder");
    expect(await editor().locator(".view-lines").textContent()).not.toContain("lost?");
    setLocked(root, false);
    locked.pop();
    // The database could not be written while locked: the app said so rather than failing quietly.
    app.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((line) => !line.includes("api/writeProjectDatabase")));
    expect(app.consoleErrors).toEqual([]);
  });

  it.skipIf(!canLock)("keeps edits a folder refuses, says why, and does not leave them behind unasked", async () => {
    const root = await create("goes-read-only");
    await app.page.getByTestId("tree-pages/views.ts").click();
    setLocked(root, true);
    locked.push(root);
    await replaceInEditor(app.page, "It works", "Kept while locked");
    const error = app.page.getByTestId("save-error");
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toContain("the project folder is read-only");
    expect(await app.page.getByTestId("tab-pages/views.ts").locator(".tab-dirty").count()).toBe(1);
    expect(readFileSync(join(root, "pages", "views.ts"), "utf8")).not.toContain("Kept while locked");
    await shot(app.page, "bad-readonly-save");
    // Home does not drop the edit silently: it stays and says so.
    await app.page.getByTestId("action-home").click();
    await expect.poll(() => error.textContent()).toContain("MVT Lab stayed here");
    await shot(app.page, "bad-readonly-leave");
    expect(await app.page.getByTestId("project").count()).toBe(1);
    // Writable again: the next edit saves everything kept.
    setLocked(root, false);
    locked.pop();
    await replaceInEditor(app.page, "Kept while locked", "Kept after all");
    await expect.poll(() => readFileSync(join(root, "pages", "views.ts"), "utf8"), { timeout: 30_000 }).toContain("Kept after all");
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(0);
    // The browser logs each refused write (HTTP 400); those are expected here.
    expect(app.consoleErrors.filter((line) => !/api\/write(ProjectFile|ProjectDatabase)/.test(line))).toEqual([]);
  });
});

/**
 * The editor across a project's own modules: go-to-definition opens the file that
 * defines a name, hover shows its type, and the palette formats, undoes and redoes.
 * Needs `npm run build` first.
 */
import type { ChildProcess } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceInEditor, shot, openApp, closeApp } from "./support/app";

describe("the editor", () => {
  let home: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const editor = () => page.getByTestId("code-editor");
  const shown = async () => ((await editor().locator(".view-lines").textContent()) ?? "").replace(/\u00a0/g, " ");
  const palette = async (command: string) => {
    await page.keyboard.press("Control+Shift+P");
    await page.getByTestId("palette-input").fill(command);
    await page.keyboard.press("Enter");
  };
  /** Puts the cursor at the start of the first `find` in the open file. */
  const cursorAt = async (find: string) => {
    await editor().locator(".view-lines").click();
    await page.keyboard.press("Control+F");
    await page.keyboard.type(find);
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowLeft");
  };

  beforeAll(async () => {
    ({ home, server, url, browser, page } = await openApp("editor", consoleErrors));
  });

  afterAll(async () => {
    await closeApp({ browser, server, home });
  });

  it("jumps to a model's definition, shows its type, and formats with undo and redo", async () => {
    await page.goto(url);
    await page.getByTestId("new-project-name").fill("editing");
    await page.getByTestId("new-project-template").selectOption("bookstore");
    await page.getByTestId("new-project-create").click();
    await expect.poll(() => editor().getAttribute("data-file"), { timeout: 60_000 }).toBe("books/views.ts");

    await cursorAt("Book.objects.select_related");
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    await expect.poll(() => page.locator(".monaco-hover").first().textContent(), { timeout: 30_000 }).toContain("class Book");
    await shot(page, "editor-hover");
    await page.keyboard.press("Escape");
    await page.keyboard.press("F12");
    await expect.poll(() => editor().getAttribute("data-file"), { timeout: 30_000 }).toBe("books/models.ts");

    await page.getByTestId("tree-books/views.ts").click();
    await replaceInEditor(page, "const books = ", "const   books=");
    await expect.poll(shown).toContain("const   books=Book");
    await palette("Format document");
    await expect.poll(shown, { timeout: 30_000 }).toContain("const books = Book");
    await palette("Undo (in the editor)");
    await expect.poll(shown).toContain("const   books=Book");
    await palette("Redo (in the editor)");
    await expect.poll(shown).toContain("const books = Book");
    expect(consoleErrors).toEqual([]);
  });
});

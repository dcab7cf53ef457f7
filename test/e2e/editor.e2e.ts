/**
 * The editor across a project's own modules: go-to-definition opens the file that
 * defines a name, hover shows its type, and the palette formats, undoes and redoes.
 * Type errors are squiggled and counted, undo is kept per file across tabs, templates
 * are coloured, find/replace works, and the file tree creates, moves, renames and
 * deletes (with undo). Needs `npm run build` first.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openPage, replaceInEditor, shot, useApp } from "./support/app";

describe("the editor", () => {
  const app = useApp("editor");
  const editor = () => app.page.getByTestId("code-editor");
  const shown = async () => ((await editor().locator(".view-lines").textContent()) ?? "").replace(/\u00a0/g, " ");
  const palette = async (command: string) => {
    await app.page.keyboard.press("Control+Shift+P");
    await app.page.getByTestId("palette-input").fill(command);
    await app.page.keyboard.press("Enter");
  };
  /** Puts the cursor at the start of the first `find` in the open file. */
  const cursorAt = async (find: string) => {
    await editor().locator(".view-lines").click();
    await app.page.keyboard.press("Control+F");
    await app.page.keyboard.type(find);
    await app.page.keyboard.press("Escape");
    await app.page.keyboard.press("ArrowLeft");
  };

  it("jumps to a model's definition, shows its type, and formats with undo and redo", async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId("new-project-name").fill("editing");
    await app.page.getByTestId("new-project-template").selectOption("bookstore");
    await app.page.getByTestId("new-project-create").click();
    await expect.poll(() => editor().getAttribute("data-file"), { timeout: 60_000 }).toBe("books/views.ts");

    await cursorAt("Book.objects.select_related");
    await app.page.keyboard.press("Control+K");
    await app.page.keyboard.press("Control+I");
    await expect.poll(() => app.page.locator(".monaco-hover").first().textContent(), { timeout: 30_000 }).toContain("class Book");
    await shot(app.page, "editor-hover");
    await app.page.keyboard.press("Escape");
    await app.page.keyboard.press("F12");
    await expect.poll(() => editor().getAttribute("data-file"), { timeout: 30_000 }).toBe("books/models.ts");

    await app.page.getByTestId("tree-books/views.ts").click();
    await replaceInEditor(app.page, "const books = ", "const   books=");
    await expect.poll(shown).toContain("const   books=Book");
    await palette("Format document");
    await expect.poll(shown, { timeout: 30_000 }).toContain("const books = Book");
    await palette("Undo (in the editor)");
    await expect.poll(shown).toContain("const   books=Book");
    await palette("Redo (in the editor)");
    await expect.poll(shown).toContain("const books = Book");
    expect(app.consoleErrors).toEqual([]);
  });

  it("shows mvt's types on hover and opens mvt's declaration on F12", async () => {
    await app.page.getByTestId("tree-books/views.ts").click();
    await cursorAt("select_related");
    await app.page.keyboard.press("Control+K");
    await app.page.keyboard.press("Control+I");
    await expect.poll(() => app.page.locator(".monaco-hover").first().textContent(), { timeout: 30_000 }).toContain("select_related");
    await shot(app.page, "editor-hover-mvt");
    await app.page.keyboard.press("Escape");
    await app.page.keyboard.press("F12");
    await expect.poll(() => app.page.locator(".peekview-widget, .zone-widget").first().textContent(), { timeout: 30_000 }).toContain("select_related");
    await shot(app.page, "editor-definition-mvt");
    await app.page.keyboard.press("Escape");
    // Completion lists a QuerySet's methods after the dot.
    await replaceInEditor(app.page, 'select_related("author")', 'select_related("author").pre');
    await expect.poll(() => app.page.locator(".suggest-widget").textContent(), { timeout: 30_000 }).toContain("prefetch_related");
    await shot(app.page, "editor-completion");
    await app.page.keyboard.press("Escape");
    for (let i = 0; i < 4; i++) await app.page.keyboard.press("Backspace");
    await expect.poll(shown).toContain('select_related("author");');
    expect(app.consoleErrors).toEqual([]);
  });

  it("squiggles a type error in learner code, counts it and marks its tab", async () => {
    const errors = () => app.page.getByTestId("problems-count").getAttribute("data-errors");
    await app.page.getByTestId("tree-books/views.ts").click();
    await expect.poll(errors, { timeout: 30_000 }).toBe("0");
    await replaceInEditor(app.page, 'select_related("author");', 'select_related("author").frobnicate();');
    await expect.poll(errors, { timeout: 30_000 }).toBe("1");
    await editor().locator(".squiggly-error").first().waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId("tab-books/views.ts").locator(".tab-error").count()).toBe(1);
    await cursorAt("frobnicate");
    // Show the hover at the cursor (Ctrl+K Ctrl+I). On a busy machine the type's part
    // ("any") can come before the error's: ask again until the error is in it.
    const hover = async () => {
      await app.page.keyboard.press("Escape");
      await app.page.keyboard.press("Control+K");
      await app.page.keyboard.press("Control+I");
      await app.page.locator(".monaco-hover").first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      return (await app.page.locator(".monaco-hover").allTextContents()).join(" ");
    };
    await expect.poll(hover, { timeout: 30_000, interval: 1000 }).toMatch(/Property 'frobnicate' does not exist on type 'QuerySet<Book/);
    await shot(app.page, "editor-type-error");
    await app.page.keyboard.press("Escape");
    // The count opens the problem from another file.
    await app.page.getByTestId("tree-books/models.ts").click();
    await app.page.getByTestId("problems-count").click();
    await expect.poll(() => editor().getAttribute("data-file")).toBe("books/views.ts");
    await replaceInEditor(app.page, ".frobnicate()", "");
    await expect.poll(errors, { timeout: 30_000 }).toBe("0");
    expect(await app.page.getByTestId("problems-count").textContent()).toBe("No problems");
    expect(app.consoleErrors).toEqual([]);
  });

  it("keeps each file's undo history across tab switches, and saves each edit to disk", async () => {
    const onDisk = (path: string) => readFileSync(join(app.home, "projects", "editing", path), "utf8");
    await app.page.getByTestId("tree-books/views.ts").click();
    await replaceInEditor(app.page, "export function book_list", "/*views-edit*/ export function book_list");
    await app.page.getByTestId("tree-books/models.ts").click();
    await replaceInEditor(app.page, "import", "/*models-edit*/ import");
    await expect.poll(() => onDisk("books/models.ts"), { timeout: 30_000 }).toContain("/*models-edit*/");
    await expect.poll(() => onDisk("books/views.ts"), { timeout: 30_000 }).toContain("/*views-edit*/");

    // Undo in views undoes views' edit only; models keeps its own.
    await app.page.getByTestId("tab-books/views.ts").click();
    await editor().locator(".view-lines").click();
    // Undo goes back word by word; the views file is as it was once its first line reads so again.
    const viewsBefore = '"./models";export function book_list(';
    for (let i = 0; i < 30 && !(await shown()).includes(viewsBefore); i++) await app.page.keyboard.press("Control+Z");
    await expect.poll(shown).toContain(viewsBefore);
    expect(await shown()).not.toContain("/*views-edit*/");
    await app.page.getByTestId("tab-books/models.ts").click();
    await expect.poll(shown).toContain("/*models-edit*/");
    await editor().locator(".view-lines").click();
    const modelsBefore = 'import { models } from "mvt";';
    for (let i = 0; i < 30 && !(await shown()).startsWith(modelsBefore); i++) await app.page.keyboard.press("Control+Z");
    await expect.poll(shown).toMatch(/^import \{ models \} from "mvt";/);
    expect(await shown()).not.toContain("/*models-edit*/");
    // Back in views, redo brings its edit back: its history was kept while models was open.
    await app.page.getByTestId("tab-books/views.ts").click();
    await editor().locator(".view-lines").click();
    const redone = "/*views-edit*/ export function book_list(";
    for (let i = 0; i < 30 && !(await shown()).includes(redone); i++) await app.page.keyboard.press("Control+Shift+Z");
    await expect.poll(shown).toContain(redone);
    await shot(app.page, "editor-undo-per-file");
    await expect.poll(() => onDisk("books/views.ts"), { timeout: 30_000 }).toContain(redone);
    await expect.poll(() => onDisk("books/models.ts"), { timeout: 30_000 }).toMatch(/^import \{ models \} from "mvt";/);
    expect(onDisk("books/models.ts")).not.toContain("/*models-edit*/");
    await expect.poll(() => app.page.locator(".tab-dirty").count(), { timeout: 30_000 }).toBe(0);
    // Both files are whole again: no problems anywhere.
    await expect.poll(() => app.page.getByTestId("problems-count").getAttribute("data-errors"), { timeout: 30_000 }).toBe("0");
    expect(app.consoleErrors).toEqual([]);
  });

  it("colours Django template tags in .html, and finds and replaces", async () => {
    await app.page.getByTestId("tree-templates/books/list.html").click();
    await expect.poll(() => editor().getAttribute("data-file")).toBe("templates/books/list.html");
    const colour = (text: string) => editor().locator(".view-line span span", { hasText: text }).first().evaluate((node) => getComputedStyle(node).color);
    await expect.poll(() => colour("endfor")).not.toBe(await colour("No books yet."));
    await editor().locator(".view-lines").click();
    await app.page.keyboard.press("Control+H");
    await app.page.keyboard.type("No books yet.");
    await app.page.locator('.find-widget textarea[aria-label="Replace"]').fill("Nothing on the shelves.");
    await app.page.keyboard.press("Control+Alt+Enter");
    await expect.poll(shown).toContain("Nothing on the shelves.");
    await shot(app.page, "editor-template-replace");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => readFileSync(join(app.home, "projects", "editing", "templates/books/list.html"), "utf8"), { timeout: 30_000 }).toContain("Nothing on the shelves.");
    expect(app.consoleErrors).toEqual([]);
  });

  it("creates, moves, renames and deletes files and folders, with undo; bad names are refused", async () => {
    const tree = app.page.getByTestId("file-tree");
    const onDisk = (path: string) => existsSync(join(app.home, "projects", "editing", path));
    const name = async (testId: string, path: string) => {
      await app.page.getByTestId(testId).click();
      await app.page.getByTestId("tree-name-input").fill(path);
      await app.page.keyboard.press("Enter");
    };

    // Names that leave the project, or have a backslash, are refused with a reason.
    await name("new-file", "../escape.ts");
    await expect.poll(() => app.page.getByTestId("tree-error").textContent()).toContain('goes up a folder with ".."');
    await name("new-folder", "books\\forms");
    await expect.poll(() => app.page.getByTestId("tree-error").textContent()).toContain("contains a backslash");
    await shot(app.page, "tree-bad-name");
    expect(onDisk("../escape.ts")).toBe(false);

    await name("new-folder", "books/services");
    await app.page.getByTestId("tree-books/services").waitFor();
    expect(onDisk("books/services")).toBe(true);
    await name("new-file", "books/services/pricing.ts");
    await expect.poll(() => editor().getAttribute("data-file")).toBe("books/services/pricing.ts");
    await editor().locator(".view-lines").click();
    await app.page.keyboard.type("export const VAT = 0.2;");
    await expect.poll(() => onDisk("books/services/pricing.ts") && readFileSync(join(app.home, "projects", "editing", "books/services/pricing.ts"), "utf8"), { timeout: 30_000 }).toBe("export const VAT = 0.2;");

    // Rename by typing a new path (a move into another folder).
    await app.page.getByTestId("tree-books/services/pricing.ts").hover();
    await app.page.getByTestId("rename-books/services/pricing.ts").click();
    await app.page.getByTestId("tree-name-input").fill("books/prices.ts");
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("tree-books/prices.ts").waitFor();
    await expect.poll(() => editor().getAttribute("data-file")).toBe("books/prices.ts");
    expect(onDisk("books/prices.ts") && !onDisk("books/services/pricing.ts")).toBe(true);
    // What was typed under the old name is still undoable under the new one.
    await palette("Undo (in the editor)");
    await expect.poll(shown).not.toContain("export const VAT = 0.2;");
    await palette("Redo (in the editor)");
    await expect.poll(shown).toContain("export const VAT = 0.2;");
    // Drag onto a folder moves it there.
    await app.page.getByTestId("tree-books/prices.ts").dragTo(app.page.getByTestId("tree-books/services"));
    await app.page.getByTestId("tree-books/services/prices.ts").waitFor({ timeout: 30_000 });
    expect(onDisk("books/services/prices.ts")).toBe(true);
    await shot(app.page, "tree-moved");

    // Delete the folder (asked first), then undo.
    await app.page.getByTestId("tree-books/services").hover();
    await app.page.getByTestId("delete-books/services").click();
    await expect.poll(() => tree.getByRole("alertdialog").textContent()).toContain("Delete books/services?");
    await shot(app.page, "tree-delete-confirm");
    await app.page.getByTestId("delete-confirm").click();
    await expect.poll(() => app.page.getByTestId("tree-books/services").count()).toBe(0);
    expect(onDisk("books/services")).toBe(false);
    await app.page.getByTestId("undo-delete").click();
    await app.page.getByTestId("tree-books/services/prices.ts").waitFor();
    // The tab the delete closed is open again.
    await expect.poll(() => editor().getAttribute("data-file")).toBe("books/services/prices.ts");
    expect(readFileSync(join(app.home, "projects", "editing", "books/services/prices.ts"), "utf8")).toBe("export const VAT = 0.2;");
    await shot(app.page, "tree-restored");
    expect(app.consoleErrors).toEqual([]);
  });

  it("saves while typing goes on, so a page killed mid-typing keeps what was typed before its last moments", async () => {
    const second = await openPage(app.browser, app.consoleErrors);
    await second.goto(app.url);
    await second.getByTestId("project-editing").click();
    await second.getByTestId("tree-settings.ts").click();
    const lines = second.getByTestId("code-editor").locator(".view-lines");
    await expect.poll(() => lines.textContent(), { timeout: 30_000 }).toContain("INSTALLED_APPS");
    await lines.click();
    await second.keyboard.press("Control+End");
    await second.keyboard.press("Enter");
    const typed = "// " + "abcdefghijklmnopqrstuvwxyz".repeat(2);
    // About five seconds of typing with no pause long enough for the settle to save.
    await second.keyboard.type(typed, { delay: 90 });
    await second.close();
    const onDisk = () => readFileSync(join(app.home, "projects", "editing", "settings.ts"), "utf8");
    await expect.poll(onDisk, { timeout: 30_000 }).toContain(typed.slice(0, typed.length / 2));
  });
});

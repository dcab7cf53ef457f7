/**
 * Bad input in the learner's code, as a person meets it in the app: a syntax error, a
 * view that throws, and a view that never returns. Nothing is lost in any of them.
 */
import { readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shot, openApp, closeApp } from "./support/app";

describe("bad input in the learner's code", () => {
  let home: string;
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let editor: Locator;
  let counter: Locator;
  const consoleErrors: string[] = [];

  const preview = () => page.frameLocator('[data-testid="preview-frame"]').locator("body");

  const original = readFileSync("lessons/django-basics/n-plus-one/start/books/views.ts", "utf8");

  /** Replaces the first match of `text` in the open file, as a paste would. */
  async function replace(text: string, replacement: string): Promise<void> {
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+F");
    await page.keyboard.type(text);
    await page.keyboard.press("Escape");
    await page.keyboard.insertText(replacement);
  }

  /** Puts the view back as the lesson started, as select-all and paste would. */
  async function restore(): Promise<void> {
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(original);
  }

  beforeAll(async () => {
    let url: string;
    ({ home, server, url, browser, page } = await openApp("bad", consoleErrors));
    await page.goto(url);
    await page.getByTestId("lesson-n-plus-one").click();
    editor = page.getByTestId("code-editor");
    counter = page.getByTestId("query-count");
    await page.locator('[data-testid="query-count"][data-count="11"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("tab-books/views.ts").click();
  });

  afterAll(async () => {
    await closeApp({ browser, server, home });
  });

  it("shows a syntax error with file:line and keeps the last working page", async () => {
    await replace("Book.objects.all()", "Book.objects.all(;");
    const banner = page.getByTestId("preview-error");
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toMatch(/books\/views\.ts:5:\d+/);
    expect(await preview().textContent()).toContain("Frank Herbert");
    await shot(page, "bad-syntax-error");
    await restore();
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("11");
  });

  it("shows Django's debug page, with the learner's line, when a view throws", async () => {
    await replace("return render", 'throw new Error("kaboom"); return render');
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("kaboom");
    expect(await preview().textContent()).toContain("books/views.ts:6");
    expect(await page.getByTestId("status").textContent()).toContain("500");
    await shot(page, "bad-view-throws");
    await restore();
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("Frank Herbert");
  });

  it("stops a view that loops forever within 5 s, restarts the sandbox, and keeps files and data", async () => {
    await replace("return render", "while (books) {} return render");
    const notice = page.getByTestId("preview-notice");
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain("stopped after 5 s");
    await shot(page, "bad-infinite-loop");
    await restore();
    await expect.poll(() => preview().textContent(), { timeout: 30_000 }).toContain("Ubik");
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("11");
    expect(await editor.locator(".view-lines").textContent()).not.toContain("while");
    expect(consoleErrors).toEqual([]);
  });
});

/**
 * The N+1 lesson, as a person does it: in the built app (web mode), in headless Chromium.
 * Needs `npm run build` first. Screenshots land in test-results/screenshots/.
 */
import { describe, expect, it } from "vitest";
import { shot, useApp } from "./support/app";

describe("the N+1 lesson", () => {
  const app = useApp("lesson");

  it("shows 11 queries and the N+1, is fixed with select_related, checks, shows the solution and resets", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("lesson-n-plus-one").waitFor();
    await shot(page, "home");

    await page.getByTestId("lesson-n-plus-one").click();
    const counter = page.getByTestId("query-count");
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 60_000 }).toBe("11");
    await expect.poll(() => counter.textContent()).toContain("N+1");
    const warning = page.getByTestId("nplusone-warning").first();
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/select_related\("author"\)/);
    const origin = warning.getByTestId("query-origin");
    expect(await origin.textContent()).toMatch(/\S+:\d+$/);
    await origin.click();
    await expect.poll(() => page.getByTestId("code-editor").getAttribute("data-file")).toBe("templates/books/list.html");
    expect(await page.frameLocator('[data-testid="preview-frame"]').locator("body").textContent()).toContain(
      "Frank Herbert",
    );
    await shot(page, "lesson-before");

    await page.getByTestId("action-showSolution").click();
    await page.getByTestId("solution-diff-editor").locator(".monaco-diff-editor").waitFor();
    await page.waitForTimeout(500);
    await shot(page, "solution");
    await page.getByTestId("solution-close").click();

    await page.getByTestId("tab-books/views.ts").click();
    const editor = page.getByTestId("code-editor");
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+F");
    await page.keyboard.type("all()");
    await page.keyboard.press("Escape");
    await page.keyboard.type('select_related("author")');
    await expect.poll(() => editor.locator(".view-lines").textContent()).toContain(
      'Book.objects.select_related("author");',
    );
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("1");
    expect(await counter.textContent()).not.toContain("N+1");
    await shot(page, "lesson-after");

    await page.getByTestId("action-check").click();
    const summary = page.getByTestId("check-summary");
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain("All 2 checks passed");
    await shot(page, "checks-passed");

    await page.getByTestId("action-home").click();
    await expect.poll(() => page.getByTestId("lesson-n-plus-one").textContent()).toContain("✓");
    await page.getByTestId("lesson-n-plus-one").click();
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("1");

    await page.getByTestId("action-reset").click();
    await page.getByTestId("reset-confirm").click();
    await expect.poll(() => editor.locator(".view-lines").textContent(), { timeout: 30_000 }).toContain(
      "Book.objects.all();",
    );
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 30_000 }).toBe("11");
    await shot(page, "after-reset");

    expect(app.consoleErrors).toEqual([]);
  });
});

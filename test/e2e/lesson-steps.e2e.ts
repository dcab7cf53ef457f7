/**
 * A lesson done with help, as a learner does it: a failing Check ticks no step, a hint
 * is revealed, the solution diff is applied, Check ticks every step, and Next opens the
 * following lesson; after a restart the progress, the files and the ticks are still there.
 * Needs `npm run build` first; screenshots land in test-results/.
 */
import { describe, expect, it } from "vitest";
import { shot, useApp } from "./support/app";

describe("a lesson with steps, hints and the solution diff", () => {
  const app = useApp("steps");

  it("completes 'Your first view and URL' with a hint and the solution, then goes Next", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("lesson-first-view-url").click();
    await page.getByTestId("lesson-steps").waitFor();
    const done = () => page.getByTestId("lesson-step").evaluateAll((steps) => steps.map((step) => step.getAttribute("data-done")));
    expect(await done()).toEqual(["false", "false", "false"]);
    await page.locator("[data-highlighted='python']").first().waitFor(); // the Django aside is highlighted

    await page.keyboard.press("Control+Enter");
    const summary = page.getByTestId("check-summary");
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toContain("1 of 4 checks passed");
    expect(await page.getByTestId("check-comparison").first().textContent()).toContain("Expected");

    await page.getByTestId("action-hint").click();
    expect(await page.getByTestId("hint-count").textContent()).toBe("1 of 3 shown");
    expect(await page.getByTestId("hint").first().textContent()).toContain("<int:pk>");
    // Only the first failure is opened, with what was expected and what came.
    expect(await page.getByTestId("check-results").locator("details[open]").count()).toBe(1);
    await shot(page, "lesson-steps-failing");

    await page.getByTestId("action-showSolution").click();
    await page.getByTestId("solution-diff-editor").locator(".monaco-diff-editor").waitFor();
    await page.waitForTimeout(500);
    await shot(page, "lesson-steps-solution");
    await page.getByTestId("solution-apply").click();

    await page.keyboard.press("Control+Enter");
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toContain("All 4 checks passed");
    expect(await done()).toEqual(["true", "true", "true"]);
    await page.getByTestId("lesson-completed").waitFor();
    await page.waitForTimeout(300);
    await shot(page, "lesson-steps");

    await page.getByTestId("action-nextLesson").click();
    await expect.poll(() => page.getByTestId("lesson-title").textContent(), { timeout: 30_000 }).toBe("Fix an N+1 query");
    await page.getByTestId("action-home").click();
    await expect.poll(() => page.getByTestId("lesson-first-view-url").textContent()).toContain("✓");
    expect(await page.getByTestId("progress-django-basics").textContent()).toBe("1 of 3 done");

    // Restart the app: the progress, the lesson's files and its ticked steps are still there.
    await app.restart();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId("progress-django-basics").textContent(), { timeout: 30_000 }).toBe("1 of 3 done");
    expect(await page.getByTestId("lesson-first-view-url").textContent()).toContain("✓");
    await page.getByTestId("lesson-first-view-url").click();
    await page.getByTestId("lesson-steps").waitFor();
    await page.getByTestId("tab-books/views.ts").click();
    await expect.poll(() => page.getByTestId("code-editor").locator(".view-lines").textContent(), { timeout: 30_000 }).toContain("book_detail");
    expect(await done()).toEqual(["true", "true", "true"]);
    await shot(page, "lesson-steps-after-restart");

    expect(app.consoleErrors).toEqual([]);
  });
});

/**
 * The signals lesson of the web pack, as a learner does it: the solution's post_save
 * receiver passes every check, and the page in the preview still counts a comment posted
 * through its form after Check (a check run used to disconnect the preview's receivers).
 * Needs `npm run build` first.
 */
import { describe, expect, it } from "vitest";
import { shot, useApp } from "./support/app";

describe("the signals lesson", () => {
  const app = useApp("signals");

  it("passes with the solution's receiver, which keeps counting in the preview after Check", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("lesson-signals").click();
    await page.getByTestId("lesson-steps").waitFor();
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Views are just functions (0 comments)");

    await page.getByTestId("action-showSolution").click();
    await page.getByTestId("solution-diff-editor").locator(".monaco-diff-editor").waitFor();
    await page.getByTestId("solution-apply").click();
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.getByTestId("check-summary").textContent(), { timeout: 60_000 }).toBe("All 5 checks passed. Lesson complete!");

    // After Check, a comment posted through the page's form is counted by the receiver.
    await app.settled();
    await app.frame().getByText("Views are just functions").click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Leave a comment");
    await app.settled();
    await app.frame().locator('input[name="name"]').fill("Grace");
    await app.frame().locator('[name="body"]').fill("Functions all the way down.");
    await app.frame().getByRole("button", { name: "Comment" }).click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Functions all the way down.");
    await app.settled();
    await app.frame().getByText("All posts").click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Views are just functions (1 comment)");
    await shot(page, "lesson-signals-counted");
    expect(app.consoleErrors.filter((error) => !error.startsWith("Blocked autofocusing"))).toEqual([]);
  });
});

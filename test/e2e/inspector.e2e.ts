/**
 * The query inspector and the request history, as a learner uses them: the N+1 lesson's
 * eleven queries grouped, formatted, explained and re-run; one request's detail; the
 * database toolbar kept in view; a select_related nothing reads; and the whole UI in light and dark. Needs `npm run build`.
 */
import { describe, expect, it } from "vitest";
import { replaceInEditor, shot, useApp } from "./support/app";

describe("the query inspector", () => {
  const app = useApp("inspector");

  it("groups, formats, explains and re-runs the N+1 lesson's queries", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("lesson-n-plus-one").click();
    const counter = page.getByTestId("query-count");
    await expect.poll(() => counter.getAttribute("data-count"), { timeout: 60_000 }).toBe("11");
    expect(await counter.getAttribute("data-warning")).toBe("true");

    const queries = page.getByTestId("query");
    expect(await page.getByTestId("query-repeats").textContent()).toContain("10 similar");
    expect(await queries.nth(1).getByTestId("query-similar").textContent()).toBe("similar ×10");
    // Parameters inlined into SQL laid out on lines.
    const sql = await queries.nth(1).getByTestId("query-sql").textContent();
    expect(sql).toMatch(/^SELECT\n/);
    expect(sql).toMatch(/WHERE\n\s+"books_author"\."id" = \d+/);

    await queries.nth(1).getByTestId("query-explain").click();
    await expect.poll(() => queries.nth(1).getByTestId("query-plan").textContent()).toMatch(/SEARCH books_author USING INTEGER PRIMARY KEY/);
    await queries.first().getByTestId("query-rows").click();
    await expect.poll(() => queries.first().getByTestId("query-rows-table").textContent()).toContain("Dune");
    await shot(page, "inspector-lesson");

    // The template line that caused the query (books/list.html:8): the editor opens there, cursor on that line.
    const origin = queries.nth(1).getByTestId("query-origin").last();
    expect(await origin.textContent()).toMatch(/list\.html:8$/);
    await origin.click();
    await expect.poll(() => page.getByTestId("code-editor").getAttribute("data-file")).toBe("templates/books/list.html");
    await expect.poll(() => page.getByTestId("code-editor").locator(".active-line-number").first().textContent()).toBe("8");
    await shot(page, "inspector-origin");
    expect(app.consoleErrors).toEqual([]);
  });

  it("shows a project's request in full, keeps the database toolbar in view, and follows the OS theme", async () => {
    const { page } = app;
    await page.getByTestId("action-home").click();
    await page.getByTestId("new-project-name").fill("shelf");
    await page.getByTestId("new-project-template").selectOption("bookstore");
    await page.getByTestId("new-project-create").click();
    await page.getByTestId("project").waitFor();
    await expect.poll(() => page.getByTestId("query-count").getAttribute("data-count"), { timeout: 60_000 }).not.toBeNull();
    expect(await page.getByTestId("query-count").getAttribute("data-warning")).toBe("false");

    await page.getByTestId("dock-history").click();
    await page.getByTestId("history-row").first().click();
    const detail = page.getByTestId("request-detail");
    expect(await detail.getByTestId("query").count()).toBeGreaterThan(0);
    await expect.poll(() => detail.textContent()).toContain("Cookies");
    expect(await detail.getByTestId("templates-trace").textContent()).toContain("books/list.html");
    await shot(page, "inspector-history");

    await page.getByTestId("dock-queries").click();
    await page.getByTestId("query-explain").first().click();
    await page.getByTestId("query-plan").waitFor();
    await shot(page, "inspector-project");

    await page.getByTestId("dock-database").click();
    const table = page.getByTestId("table-books_book");
    await table.click();
    await page.getByTestId("table-rows").waitFor();
    await shot(page, "database-browser");
    await page.getByTestId("dock").locator(".dock-body").evaluate((body) => body.scrollTo(0, body.scrollHeight));
    const bar = await page.getByTestId("database").locator("> .panel-bar").boundingBox();
    const body = await page.getByTestId("dock").locator(".dock-body").boundingBox();
    expect(bar && body && bar.y >= body.y - 1).toBe(true);
    await shot(page, "database-scrolled");

    // The template stops reading the author: select_related("author") is now work for nothing.
    await page.getByTestId("tree-templates/books/list.html").click();
    await replaceInEditor(page, " by {{ book.author.name }}", "");
    await page.getByTestId("dock-queries").click();
    await expect.poll(() => page.getByTestId("unused-relations").textContent(), { timeout: 30_000 }).toContain('select_related("author")');
    expect(await page.getByTestId("unused-relation").textContent()).toContain("books/views.ts:");
    await shot(page, "inspector-unused");

    for (const colorScheme of ["dark", "light"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByTestId("dock-queries").click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await shot(page, `theme-${colorScheme}`);
    }
    expect(app.consoleErrors).toEqual([]);
  });
});

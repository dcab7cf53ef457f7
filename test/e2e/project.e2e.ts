/**
 * A project, as an experimenter uses one: made from the blog template, edited, browsed
 * (links, a form, redirects), its database browsed and changed with SQL, commands run
 * from the palette and the shell, files created, deleted and restored; then the server
 * restarts on the same home and everything is still there. Bad input along the way gets
 * clear messages. Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceInEditor, shot, useApp } from "./support/app";

describe("a project from the blog template", () => {
  const app = useApp("project");

  it("is created, edited, browsed, queried and kept across a restart", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("new-project-name").fill("../evil");
    await page.getByTestId("new-project-create").click();
    await expect.poll(() => page.getByTestId("projects-error").textContent()).toContain('cannot be a project name');

    await page.getByTestId("open-folder").click();
    await page.getByTestId("open-folder-path").fill(app.home);
    await page.getByTestId("open-folder-go").click();
    await expect.poll(() => page.getByTestId("projects-error").textContent()).toContain("is not an MVT Lab project");
    await shot(page, "home-projects");
    // The browser logs each refused call (HTTP 400); those two are expected.
    expect(app.consoleErrors.splice(0)).toEqual([expect.stringContaining("api/createProject"), expect.stringContaining("api/openProject")]);

    await page.getByTestId("new-project-name").fill("my-blog");
    await page.getByTestId("new-project-template").selectOption("blog");
    await page.getByTestId("new-project-create").click();
    await page.getByTestId("project").waitFor();
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Querysets are lazy");

    // The page runs in a sandboxed frame with an opaque origin: it cannot reach into the
    // app (whose page holds the host API's token) or its storage, and the API refuses a
    // call without that token.
    const preview = await page.getByTestId("preview-frame").elementHandle().then((frame) => frame?.contentFrame());
    if (!preview) throw new Error("The preview frame has no document.");
    const reach = await preview.evaluate(() => {
      const attempt = (read: () => unknown) => {
        try {
          return `reached: ${String(read())}`;
        } catch {
          return "blocked";
        }
      };
      return { parent: attempt(() => parent.document.title), storage: attempt(() => localStorage.length), cookies: attempt(() => document.cookie) };
    });
    expect(reach).toEqual({ parent: "blocked", storage: "blocked", cookies: "blocked" });
    expect((await fetch(new URL("api/listProjects", app.url), { method: "POST", body: "[]" })).status).toBe(403);

    // Edit the view: the preview follows.
    await page.getByTestId("tree-posts/views.ts").click();
    const editor = page.getByTestId("code-editor");
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+F");
    await page.keyboard.type("Post.objects.all()");
    await page.keyboard.press("Escape");
    await page.keyboard.type('Post.objects.filter({ title__icontains: "lazy" })');
    await expect.poll(app.frameText, { timeout: 30_000 }).not.toContain("Hello, MVT");
    expect(await app.frameText()).toContain("Querysets are lazy");

    // console.log in the view prints in the Console, with a link to its line.
    await replaceInEditor(page, "return render(request, \"posts/list.html\"", 'console.log("listing", posts.count()); return render(request, "posts/list.html"');
    await page.getByTestId("dock-console").click();
    const logged = page.getByTestId("console-line").filter({ hasText: "listing 1" }).first();
    await expect.poll(() => logged.count(), { timeout: 30_000 }).toBe(1);
    expect(await logged.getByTestId("query-origin").textContent()).toBe("posts/views.ts:6");
    // console is a global learner code has: the editor reports no problem for it.
    await expect.poll(() => page.getByTestId("problems-count").getAttribute("data-errors"), { timeout: 30_000 }).toBe("0");
    await shot(page, "project-console");

    // Follow a link, submit a form: the redirect is shown and the comment is there.
    await app.settled();
    await app.frame().getByText("Querysets are lazy").click();
    await expect.poll(() => page.getByTestId("address").inputValue()).toBe("/posts/2/");
    await app.frame().locator('input[name="author"]').fill("Grace");
    await app.frame().locator('input[name="text"]').fill("Lazy is good");
    await app.frame().getByText("Comment", { exact: true }).click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Lazy is good");
    expect(await page.getByTestId("redirects").textContent()).toContain("302 /posts/2/ → /posts/2/");
    await page.getByTestId("action-back").click();
    await expect.poll(() => page.getByTestId("address").inputValue()).toBe("/");
    await page.getByTestId("action-forward").click();
    await expect.poll(() => page.getByTestId("address").inputValue()).toBe("/posts/2/");

    // The request history: the POST, its redirect, and its queries.
    await page.getByTestId("dock-history").click();
    const post = page.getByTestId("history-row").filter({ hasText: /^POST/ }).first();
    await post.click();
    expect(await page.getByTestId("request-detail").textContent()).toContain("INSERT INTO");
    await shot(page, "project-history");

    // The database: the new comment in its table; SQL that writes asks first.
    await page.getByTestId("dock-database").click();
    await page.getByTestId("table-posts_comment").click();
    await expect.poll(() => page.getByTestId("table-rows").textContent()).toContain("Lazy is good");
    await page.getByTestId("sql-input").fill("UPDATE posts_post SET title = 'Lazy querysets' WHERE id = 2");
    await page.getByTestId("sql-run").click();
    await page.getByTestId("sql-confirm-run").click();
    await expect.poll(() => page.getByTestId("sql-result").textContent()).toContain("1 row changed");
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Lazy querysets");
    await shot(page, "project-database");

    // The palette runs dumpdata; the shell counts the comments.
    await page.keyboard.press("Control+Shift+P");
    await page.getByTestId("palette-input").fill("dumpdata");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("dump-output").inputValue()).toContain('"model": "posts.comment"');
    await page.getByTestId("dock-shell").click();
    await page.getByTestId("shell-input").fill("Comment.objects.count()");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("shell-output").last().textContent()).toBe("2");
    await page.keyboard.press("Control+Shift+P");
    await page.getByTestId("palette-input").fill("show");
    await shot(page, "project-palette");
    await page.keyboard.press("Escape");

    // Files: create one, delete it (confirmed), undo.
    await page.getByTestId("new-file").click();
    await page.getByTestId("tree-name-input").fill("posts/forms.ts");
    await page.keyboard.press("Enter");
    await expect.poll(() => editor.getAttribute("data-file")).toBe("posts/forms.ts");
    await page.keyboard.type("export const MAX_COMMENT = 500;");
    await page.getByTestId("tree-posts/forms.ts").hover();
    await page.getByTestId("delete-posts/forms.ts").click();
    await page.getByTestId("delete-confirm").click();
    await expect.poll(() => page.getByTestId("tree-posts/forms.ts").count()).toBe(0);
    await page.getByTestId("undo-delete").click();
    await page.getByTestId("tree-posts/forms.ts").waitFor();
    await page.getByTestId("dock-queries").click();
    await shot(page, "project");

    // Restart the server on the same home: files, data and the project list survive.
    await app.restart();
    await page.goto(app.url);
    await page.getByTestId("project-my-blog").click();
    await page.getByTestId("tree-posts/forms.ts").waitFor({ timeout: 60_000 });
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Lazy querysets");
    await page.getByTestId("tree-posts/views.ts").click();
    expect(await editor.locator(".view-lines").textContent()).toContain("title__icontains");
    await page.getByTestId("address").fill("/posts/2/");
    await page.keyboard.press("Enter");
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Lazy is good");

    expect(app.consoleErrors).toEqual([]);
  });

  it("offers to back up a damaged database, and says why a file is not shown", async () => {
    const { page } = app;
    const root = join(app.home, "projects", "my-blog");
    writeFileSync(join(root, "db.sqlite3"), "this is not a database");
    mkdirSync(join(root, "static"), { recursive: true });
    writeFileSync(join(root, "static", "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await page.getByTestId("action-home").click();
    await page.getByTestId("project-my-blog").click();
    const problem = page.getByTestId("database-problem");
    await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toContain("not an SQLite database");
    await page.getByTestId("tree-static/latin1.txt").click();
    await expect.poll(() => page.getByTestId("tree-error").textContent()).toContain("is not UTF-8 text");
    await shot(page, "project-bad-database");
    await page.getByTestId("backup-database").click();
    await expect.poll(() => page.getByTestId("preview-notice").textContent(), { timeout: 30_000 }).toContain("was kept as db.sqlite3.");
    // The fixtures' title is back: the SQL change lived in the damaged file, kept aside.
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Querysets are lazy");
    expect(app.consoleErrors).toEqual([]);
  });
});

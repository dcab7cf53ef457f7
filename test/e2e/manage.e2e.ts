/**
 * Management commands from the palette, as an experimenter runs them on a project from
 * the blog template: makemigrations and migrate with nothing to do (the template ships its
 * initial migration), a model change, makemigrations and migrate again (the new column in
 * the database browser), and createsuperuser with the validators' messages.
 * Needs `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceInEditor, shot, useApp } from "./support/app";

describe("management commands from the palette", () => {
  const app = useApp("manage");

  const palette = async (command: string) => {
    await app.page.keyboard.press("Control+Shift+P");
    await app.page.getByTestId("palette-input").fill(command);
    await app.page.keyboard.press("Enter");
  };
  const output = () => app.page.getByTestId("manage-output").textContent();

  it("makes and applies migrations, shows the new column, and creates a superuser", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("new-project-name").fill("migrating");
    await page.getByTestId("new-project-template").selectOption("blog");
    await page.getByTestId("new-project-create").click();
    await page.getByTestId("project").waitFor();
    await expect.poll(() => page.frameLocator('[data-testid="preview-frame"]').locator("body").textContent(), { timeout: 60_000 }).toContain("Querysets are lazy");

    // The template ships its initial migration, already applied when the project loads.
    await page.getByTestId("tree-posts/migrations/0001_initial.ts").waitFor();
    await palette("makemigrations");
    await expect.poll(output, { timeout: 30_000 }).toContain("No changes detected");
    await page.getByTestId("manage-close").click();
    await palette("migrate (apply");
    await expect.poll(output, { timeout: 30_000 }).toContain("No migrations to apply.");
    await page.getByTestId("manage-close").click();

    await page.getByTestId("tree-posts/models.ts").click();
    await replaceInEditor(page, "body: models.TextField(),", "body: models.TextField(), views: models.IntegerField({ default: 0 }),");
    const shown = async () => ((await page.getByTestId("code-editor").locator(".view-lines").textContent()) ?? "").replace(/\u00a0/g, " ");
    await expect.poll(shown).toContain("views: models.IntegerField({ default: 0 }),");
    await page.waitForTimeout(800); // the edit settles and is saved

    await palette("makemigrations");
    await expect.poll(output, { timeout: 30_000 }).toContain("Add field views to post");
    const made = /posts\/migrations\/(0002_\w+)\.ts/.exec((await output()) ?? "")?.[1];
    expect(made).toBeTruthy();
    await page.getByTestId(`tree-posts/migrations/${made}.ts`).waitFor();
    await expect.poll(() => page.getByTestId("code-editor").getAttribute("data-file")).toBe(`posts/migrations/${made}.ts`);
    await shot(page, "manage-makemigrations");
    await page.getByTestId("manage-close").click();

    await palette("sqlmigrate");
    await page.getByTestId(`migration-posts-${made}`).click();
    await expect.poll(output, { timeout: 30_000 }).toContain('"views" integer NOT NULL');
    await page.getByTestId("manage-close").click();

    await palette("migrate (apply");
    await expect.poll(output, { timeout: 30_000 }).toContain(`Applying posts.${made}... OK`);
    await page.getByTestId("manage-close").click();
    await page.getByTestId("dock-database").click();
    await page.getByTestId("table-posts_post").click();
    await expect.poll(() => page.getByTestId("schema").textContent(), { timeout: 30_000 }).toContain("views");
    await shot(page, "manage-migrated");

    // createsuperuser: the form says what is wrong, then it works.
    await palette("createsuperuser");
    await page.getByTestId("superuser-email").fill("not-an-address");
    await page.getByTestId("superuser-create").click();
    await expect.poll(() => page.getByTestId("superuser-email-error").textContent(), { timeout: 30_000 }).toBe("Enter a valid email address.");
    expect(await page.getByTestId("superuser-password-error").textContent()).toBe("Blank passwords aren't allowed.");
    await shot(page, "manage-createsuperuser");
    await page.getByTestId("superuser-username").fill("admin");
    await page.getByTestId("superuser-email").fill("admin@example.com");
    await page.getByTestId("superuser-password").fill("correct-horse-battery");
    await page.getByTestId("superuser-create").click();
    await expect.poll(output, { timeout: 30_000 }).toBe("Superuser created successfully: admin.");
    await page.getByTestId("manage-close").click();
    await page.getByTestId("dock-console").click();
    await expect.poll(() => page.getByTestId("dock").textContent()).toContain("$ createsuperuser admin");

    // Export to a Node project: into a folder that is not empty, refused and said why; then beside the project.
    const project = join(app.home, "projects", "migrating");
    const busy = join(app.home, "busy");
    mkdirSync(busy);
    writeFileSync(join(busy, "keep.txt"), "mine");
    await palette("Export to a Node");
    expect(await page.getByTestId("export-folder").inputValue()).toBe(`${project}-node`);
    await page.getByTestId("export-folder").fill(busy);
    await page.getByTestId("export-go").click();
    await expect.poll(() => page.getByTestId("export-error").textContent(), { timeout: 30_000 }).toContain("is not empty");
    expect(readFileSync(join(busy, "keep.txt"), "utf8")).toBe("mine");
    app.consoleErrors.splice(0); // the browser logs the refused call (HTTP 400)
    await page.getByTestId("export-folder").fill(`${project}-node`);
    await page.getByTestId("export-go").click();
    await expect.poll(output, { timeout: 60_000 }).toContain(`Exported ${project} to ${project}-node`);
    expect(await output()).toContain("npm start");
    await shot(page, "manage-export");
    expect(JSON.parse(readFileSync(join(`${project}-node`, "package.json"), "utf8")).scripts.start).toBeTruthy();
    // The model change made above is in the export, with its migration.
    expect(readFileSync(join(`${project}-node`, "posts", "models.ts"), "utf8")).toContain("views: models.IntegerField({ default: 0 })");
    expect(existsSync(join(`${project}-node`, "db.sqlite3"))).toBe(true);
    await page.getByTestId("manage-close").click();

    expect(app.consoleErrors).toEqual([]);
  });
});

/**
 * Logging in and keeping the session, as a learner does on the blog template: a superuser
 * from the palette, the login form in the preview, the members page; then reloads,
 * navigation and a server restart, still logged in (the preview's cookies are kept per
 * project by the host), with the panel layout kept too. The request history shows the
 * session the login saved and the signals logging out sent. Needs `npm run build` first.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shot, useApp } from "./support/app";

describe("logging in on a blog project", () => {
  const app = useApp("login");
  const address = () => app.page.getByTestId("address").inputValue();
  const go = async (path: string) => {
    await app.page.getByTestId("address").fill(path);
    await app.page.getByTestId("address").press("Enter");
  };
  const treeWidth = () => app.page.locator(".project-body").evaluate((body) => getComputedStyle(body).gridTemplateColumns.split(" ")[0]);

  it("logs in through the preview's form and stays logged in across reloads and a restart", async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId("new-project-name").fill("club");
    await page.getByTestId("new-project-template").selectOption("blog");
    await page.getByTestId("new-project-create").click();
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Log in");

    await page.keyboard.press("Control+Shift+P");
    await page.getByTestId("palette-input").fill("createsuperuser");
    await page.keyboard.press("Enter");
    await page.getByTestId("superuser-username").fill("ada");
    await page.getByTestId("superuser-email").fill("ada@example.com");
    await page.getByTestId("superuser-password").fill("correct-horse-battery");
    await page.getByTestId("superuser-create").click();
    await expect.poll(() => page.getByTestId("manage-output").textContent(), { timeout: 30_000 }).toBe("Superuser created successfully: ada.");
    await page.getByTestId("manage-close").click();

    // The members page sends a stranger to the login page, and back after logging in.
    await go("/members/");
    await expect.poll(address, { timeout: 30_000 }).toBe("/accounts/login/?next=/members/");
    await app.settled();
    await app.frame().locator('input[name="username"]').fill("ada");
    await app.frame().locator('input[name="password"]').fill("correct-horse-battery");
    await app.clickInPreview(app.frame().getByRole("button", { name: "Log in" }), "Welcome back, ada");
    expect(await address()).toBe("/members/");
    await shot(page, "login-members");

    // The request history shows the session the login saved.
    await page.getByTestId("dock-history").click();
    await page.getByTestId("history-row").filter({ hasText: "/accounts/login/" }).filter({ hasText: "POST" }).first().click();
    await expect.poll(() => page.getByTestId("session-trace").textContent()).toContain("_auth_user_id");
    await page.getByTestId("session-trace").scrollIntoViewIfNeeded();
    await shot(page, "login-session");

    // The reload's page came without the login's redirect: its line above the page goes,
    // so the link moves up; click only once the reloaded page is in place.
    await page.getByTestId("action-reload").click();
    await expect.poll(() => page.getByTestId("redirects").count(), { timeout: 30_000 }).toBe(0);
    await app.settled();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Welcome back, ada");
    await app.clickInPreview(app.frame().getByText("All posts"), "Hello, ada.");
    await app.clickInPreview(app.frame().getByText("Members", { exact: true }), "Welcome back, ada");

    // Widen the file tree: the layout is kept by the host, like the cookies.
    const splitter = page.getByRole("separator", { name: "Resize the file tree" });
    const box = await splitter.boundingBox();
    if (!box) throw new Error("The file tree's splitter is not shown.");
    await page.mouse.move(box.x + 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 82, box.y + 100, { steps: 4 });
    await page.mouse.up();
    const widened = await treeWidth();
    expect(widened).toBe("300px");
    await page.waitForTimeout(600); // the layout's save settles

    // A receiver of the learner's, written on disk as an editor outside the app would: the
    // project loads it on the next open.
    writeFileSync(
      join(app.home, "projects", "club", "posts", "signals.ts"),
      'import { auth, receiver } from "mvt";\n\nreceiver(auth.user_logged_out)(function say_goodbye() {});\n',
    );

    // Restart the server on the same home, and reload the app: still logged in.
    await app.restart();
    await page.goto(app.url);
    await page.getByTestId("project-club").click();
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Hello, ada.");
    expect(await treeWidth()).toBe(widened);
    await go("/members/");
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Welcome back, ada");

    await app.clickInPreview(app.frame().getByRole("button", { name: "Log out" }), "Log in");

    // Logging out sent user_logged_out to the learner's receiver, and emptied the session.
    await page.getByTestId("dock-history").click();
    await page.getByTestId("history-row").filter({ hasText: "/accounts/logout/" }).first().click();
    const signals = page.getByTestId("signals-trace");
    await expect.poll(() => signals.textContent()).toContain("user_logged_out");
    expect(await signals.textContent()).toContain("say_goodbye");
    expect(await page.getByTestId("session-trace").textContent()).not.toContain("_auth_user_id");
    await signals.scrollIntoViewIfNeeded();
    await shot(page, "login-signals");
    // Django's login form autofocuses its username; Chromium blocks that in a sandboxed frame, and says so.
    expect(app.consoleErrors.filter((error) => !error.startsWith("Blocked autofocusing"))).toEqual([]);
  });
});

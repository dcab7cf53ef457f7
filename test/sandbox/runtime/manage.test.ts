/**
 * Management commands through the sandbox, as the command palette runs them: on the blog
 * template, in Node with the real runtime.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readProjectTree } from "../../../app/host/project-files";
import { createNodeSandbox } from "../../../sandbox/runtime/node";

const BLOG = resolve(__dirname, "../../../app/project-templates/blog");
const BOOKSTORE = resolve(__dirname, "../../../app/project-templates/bookstore");

describe("manage and createsuperuser commands", () => {
  it("finds the template's models migrated, then makes a field's migration, and migrate adds the column", async () => {
    const sandbox = await createNodeSandbox();
    const { files } = await readProjectTree(BLOG);
    expect(Object.keys(files)).toContain("posts/migrations/0001_initial.ts");
    await sandbox.load(files);
    const unchanged = (await sandbox.run({ command: "manage", name: "makemigrations", args: [] })).result;
    expect(unchanged.text).toContain("No changes detected");
    expect((await sandbox.run({ command: "manage", name: "migrate", args: [] })).result.text).toContain("No migrations to apply.");

    const models = files["posts/models.ts"]!.replace("body: models.TextField(),", "body: models.TextField(),\n    views: models.IntegerField({ default: 0 }),");
    const changed = { ...files, "posts/models.ts": models };
    await sandbox.load(changed);
    const second = (await sandbox.run({ command: "manage", name: "makemigrations", args: [] })).result;
    expect(second.text).toContain("Add field views to post");
    expect(second.files?.map((file) => file.path)).toEqual(["posts/migrations/0002_post_views.ts"]);
    await sandbox.load({ ...changed, ...Object.fromEntries(second.files!.map((f) => [f.path, f.content])) });
    const migrated = (await sandbox.run({ command: "manage", name: "migrate", args: [] })).result;
    expect(migrated.text).toContain("Applying posts.0002_post_views... OK");
    const columns = sandbox.tables().find((table) => table.name === "posts_post")?.columns.map((c) => c.name);
    expect(columns).toContain("views");
  });

  it("createsuperuser names the fields at fault, then creates the user", async () => {
    const sandbox = await createNodeSandbox();
    const { files } = await readProjectTree(BLOG);
    const settings = files["settings.ts"]!.replace('["posts"]', '["mvt.contrib.auth", "posts"]');
    await sandbox.load({ ...files, "settings.ts": settings });
    const bad = (await sandbox.run({ command: "createsuperuser", username: "", email: "nope", password: "" })).result;
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors).toMatchObject({ email: ["Enter a valid email address."], password: ["Blank passwords aren't allowed."] });
    expect(bad.fieldErrors?.["username"]?.[0]).toMatch(/blank/);
    const good = (await sandbox.run({ command: "createsuperuser", username: "admin", email: "a@example.com", password: "s3cret-pass" })).result;
    expect(good).toMatchObject({ ok: true, text: "Superuser created successfully: admin." });
    const again = (await sandbox.run({ command: "createsuperuser", username: "admin", email: "", password: "x" })).result;
    expect(again.fieldErrors?.["username"]).toEqual(["That username is already taken."]);
  });

  it("createsuperuser without the auth app says what to add", async () => {
    const sandbox = await createNodeSandbox();
    await sandbox.load((await readProjectTree(BOOKSTORE)).files);
    const result = (await sandbox.run({ command: "createsuperuser", username: "a", email: "", password: "x" })).result;
    expect(result.ok).toBe(false);
    expect(result.text).toContain('add "mvt.contrib.auth" to INSTALLED_APPS');
  });
});

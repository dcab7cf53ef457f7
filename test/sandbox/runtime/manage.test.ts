/**
 * Management commands through the sandbox, as the command palette runs them: on the blog
 * template, in Node with the real runtime.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readProjectTree } from "../../../app/host/project-files";
import { createNodeSandbox } from "../../../sandbox/runtime/node";

const BLOG = resolve(__dirname, "../../../app/project-templates/blog");

describe("manage and createsuperuser commands", () => {
  it("makes the initial migration, then a field's migration, and migrate adds the column", async () => {
    const sandbox = await createNodeSandbox();
    const { files } = await readProjectTree(BLOG);
    await sandbox.load(files);
    const initial = (await sandbox.run({ command: "manage", name: "makemigrations", args: [] })).result;
    expect(initial.ok).toBe(true);
    expect(initial.files?.map((file) => file.path)).toEqual(["posts/migrations/0001_initial.ts"]);
    const withInitial = { ...files, ...Object.fromEntries(initial.files!.map((f) => [f.path, f.content])) };
    await sandbox.load(withInitial);
    const asked = (await sandbox.run({ command: "manage", name: "migrate", args: [] })).result;
    expect(asked.questions?.[0]?.text).toContain("Mark posts.0001_initial as applied without running it (Django: migrate --fake-initial)?");
    const first = (await sandbox.run({ command: "manage", name: "migrate", args: [], answers: { fake_initial: "y" } })).result;
    expect(first.text).toContain("Applying posts.0001_initial... FAKED");

    const models = withInitial["posts/models.ts"]!.replace("body: models.TextField(),", "body: models.TextField(),\n    views: models.IntegerField({ default: 0 }),");
    const changed = { ...withInitial, "posts/models.ts": models };
    await sandbox.load(changed);
    const second = (await sandbox.run({ command: "manage", name: "makemigrations", args: [] })).result;
    expect(second.text).toContain("Add field views to post");
    await sandbox.load({ ...changed, ...Object.fromEntries(second.files!.map((f) => [f.path, f.content])) });
    const migrated = (await sandbox.run({ command: "manage", name: "migrate", args: [] })).result;
    expect(migrated.text).toContain("OK");
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
    await sandbox.load((await readProjectTree(BLOG)).files);
    const result = (await sandbox.run({ command: "createsuperuser", username: "a", email: "", password: "x" })).result;
    expect(result.ok).toBe(false);
    expect(result.text).toContain('add "mvt.contrib.auth" to INSTALLED_APPS');
  });
});

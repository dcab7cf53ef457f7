/** `mvt manage` over a project folder on disk: makemigrations writes files, migrate and createsuperuser save db.sqlite3. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manageCommand, type ManageIO } from "../../../app/cli/manage";
import { UsageError } from "../../../app/cli/verify";
import { createNodeSandbox } from "../../../sandbox/runtime/node";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "mvt-manage-"));
  mkdirSync(join(root, "blog"));
  writeFileSync(join(root, "settings.ts"), 'export const SECRET_KEY = "dev";\nexport const INSTALLED_APPS = ["mvt.contrib.auth", "blog"];\n');
  writeFileSync(join(root, "urls.ts"), "export const urlpatterns = [];\n");
  writeFileSync(join(root, "blog/models.ts"), 'import { models } from "mvt";\nexport class Post extends models.Model {\n  static fields = { title: models.CharField({ max_length: 100 }) };\n}\n');
  return root;
}

function io(env: Record<string, string> = {}): ManageIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (t) => lines.push(t), err: (t) => errors.push(t), env };
}

const manage = (root: string, name: string, args: string[], flags = {}, out = io()) => manageCommand(root, name, args, flags, createNodeSandbox, out);

describe("mvt manage", () => {
  it("makemigrations writes the migration; migrate, createsuperuser and dumpdata work on db.sqlite3", async () => {
    const root = project();
    const made = io();
    expect(await manage(root, "makemigrations", ["blog"], {}, made)).toBe(0);
    expect(made.lines.join("\n")).toContain("blog/migrations/0001_initial.ts");
    expect(readFileSync(join(root, "blog/migrations/0001_initial.ts"), "utf8")).toContain("CreateModel");
    expect(existsSync(join(root, "db.sqlite3"))).toBe(false);

    const shown = io();
    expect(await manage(root, "showmigrations", ["blog"], {}, shown)).toBe(0);
    expect(shown.lines.join("\n")).toContain("[X] 0001_initial");
    expect(existsSync(join(root, "db.sqlite3"))).toBe(true);

    expect(await manage(root, "createsuperuser", [], { username: "admin", email: "a@example.com" }, io({ MVT_SUPERUSER_PASSWORD: "s3cret" }))).toBe(0);
    const again = io({ MVT_SUPERUSER_PASSWORD: "s3cret" });
    expect(await manage(root, "createsuperuser", [], { username: "admin" }, again)).toBe(1);
    expect(again.errors).toContain("  username: That username is already taken.");
    const dumped = io();
    expect(await manage(root, "dumpdata", [], {}, dumped)).toBe(0);
    expect(dumped.lines.join("")).toContain('"username": "admin"');
  });

  it("says what is wrong with a folder that is not a project, and without a password", async () => {
    const empty = mkdtempSync(join(tmpdir(), "mvt-empty-"));
    await expect(manage(empty, "migrate", [])).rejects.toThrow("is not an mvt project: it has no settings.ts");
    await expect(manage(project(), "createsuperuser", [], { username: "x" })).rejects.toThrow(UsageError);
    await expect(manage(project(), "runserver", [])).rejects.toThrow("Unknown command: 'runserver'");
  });
});

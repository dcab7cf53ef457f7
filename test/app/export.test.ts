/**
 * `mvt export`, as a graduate would use it: export the blog template (with data in its
 * db.sqlite3, a static file and an upload) to a temp folder, `npm start` it (node_modules
 * linked to the repository's: no network), then browse it, post a comment through the
 * CSRF-protected form, and find the comment in the exported db.sqlite3.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import initSqlJs from "sql.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand } from "../../app/host/export_command";
import { HostInputError } from "../../app/host/errors";
import { exportProject } from "../../app/host/export";
import { readProjectTree } from "../../app/host/project-files";
import { createNodeSandbox } from "../../sandbox/runtime/node";

const REPO = resolve(__dirname, "../..");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** The blog template in a temp folder, with a db.sqlite3 whose first post was renamed, a stylesheet, an upload and MEDIA_URL served. */
async function blogProject(): Promise<string> {
  const root = join(mkdtempSync(join(tmpdir(), "mvt-export-")), "my blog");
  cpSync(join(REPO, "app/project-templates/blog"), root, { recursive: true });
  mkdirSync(join(root, "static"));
  writeFileSync(join(root, "static/site.css"), "body { color: navy; }\n");
  mkdirSync(join(root, "media/covers"), { recursive: true });
  writeFileSync(join(root, "media/covers/first.png"), PNG);
  writeFileSync(join(root, "urls.ts"), `${readFileSync(join(root, "urls.ts"), "utf8")}\nimport { static_ } from "mvt";\nurlpatterns.push(...static_("media/"));\n`);
  const box = await createNodeSandbox();
  const loaded = await box.load((await readProjectTree(root)).files);
  expect(loaded.diagnostics).toEqual([]);
  const ran = await box.run({ command: "sql", statement: "UPDATE posts_post SET title = 'Carried over' WHERE id = 1" });
  expect(ran.result.ok).toBe(true);
  writeFileSync(join(root, "db.sqlite3"), box.exportDatabase());
  return root;
}

/** `npm start` in `dir` on a free port; resolves with the URL it prints. */
function npmStart(dir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn("npm", ["start"], { cwd: dir, env: { ...process.env, PORT: "0", npm_config_update_notifier: "false" }, detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  return new Promise((started, failed) => {
    const check = () => {
      const url = /Starting development server at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) started({ child, url, output: () => output });
    };
    child.stdout?.on("data", check);
    child.on("exit", (code) => failed(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

/** `npm run manage -- <args>` in `dir`, as Django's `python manage.py <args>`. */
function npmManage(dir: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const ran = spawnSync("npm", ["run", "-s", "manage", "--", ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env, npm_config_update_notifier: "false" } });
  return { status: ran.status, output: ran.stdout + ran.stderr };
}

function stop(child: ChildProcess): void {
  // npm runs the server in a shell: end the whole group it leads.
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGTERM");
}

function cookies(response: Response): string {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

describe("mvt export", () => {
  let project: string;
  let out: string;
  let server: { child: ChildProcess; url: string; output: () => string } | undefined;

  beforeAll(async () => {
    project = await blogProject();
    out = join(resolve(project, ".."), "exported");
  }, 120_000);

  afterAll(() => {
    if (server) stop(server.child);
  });

  it("writes the project, a copy of its database, the framework's source, a server, package.json and a README", async () => {
    const lines: string[] = [];
    expect(await exportCommand(project, out, (text) => lines.push(text))).toBe(0);
    const printed = lines.join("\n");
    expect(printed).toContain("db.sqlite3, copied");
    expect(printed).toContain("npm install");
    expect(printed).toContain("npm start");

    for (const file of ["settings.ts", "urls.ts", "posts/models.ts", "posts/views.ts", "posts/migrations/0001_initial.ts", "templates/posts/detail.html", "fixtures/posts.json", "static/site.css", "manage.ts", "server.ts", "build.mjs", "tsconfig.json", "README.md", ".gitignore", "mvt/index.ts", "mvt/framework/index.ts", "mvt/protocol.ts", "mvt/runtime/modules.ts"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(new Uint8Array(readFileSync(join(out, "media/covers/first.png")))).toEqual(PNG);
    expect(readFileSync(join(out, "db.sqlite3"))).toEqual(readFileSync(join(project, "db.sqlite3")));

    const pkg = JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as { name: string; scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.name).toBe("my-blog");
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["esbuild", "sql.js"]);
    // Only registry versions: no file:, git or URL dependencies.
    expect(Object.values(pkg.dependencies).every((version) => /^[\^~]?\d/.test(version))).toBe(true);
    expect(pkg.scripts["start"]).toContain("build.mjs");
    const readme = readFileSync(join(out, "README.md"), "utf8");
    expect(readme).toContain("# my-blog");
    expect(readme).toContain("python manage.py runserver");
  });

  it("runs with npm start: pages, a static file, an upload, a login, and a posted comment saved in its db.sqlite3", async () => {
    symlinkSync(join(REPO, "node_modules"), join(out, "node_modules"), "dir");
    const made = npmManage(out, ["createsuperuser", "--noinput", "--username", "admin", "--email", "admin@example.com"], { DJANGO_SUPERUSER_PASSWORD: "s3cret-Pass" });
    expect(made.output).toContain("Superuser created successfully: admin.");
    expect(made.status).toBe(0);
    server = await npmStart(out);
    const { url } = server;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const home = await fetch(url);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain("Carried over"); // from the copied db.sqlite3, not the fixtures
    expect(homeHtml).toContain('<a href="/posts/2/">Querysets are lazy</a>');

    const css = await fetch(new URL("static/site.css", url));
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(await css.text()).toBe("body { color: navy; }\n");
    const png = await fetch(new URL("media/covers/first.png", url));
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(PNG);
    expect((await fetch(new URL("posts/999/", url))).status).toBe(404);

    const detail = await fetch(new URL("posts/1/", url));
    const detailHtml = await detail.text();
    expect(detailHtml).toContain("<h1>Carried over</h1>");
    expect(detailHtml).toContain("<strong>Ada</strong>: Nice and clear.");
    const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(detailHtml)?.[1] ?? "";
    expect(token).not.toBe("");
    const cookie = cookies(detail);
    expect(cookie).toContain("csrftoken=");

    const posted = await fetch(new URL("posts/1/", url), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: url.replace(/\/$/, "") },
      body: new URLSearchParams({ csrfmiddlewaretoken: token, author: "Grace", text: "Exported, and still héllo" }).toString(),
    });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("location")).toBe("/posts/1/");
    const after = await (await fetch(new URL("posts/1/", url), { headers: { cookie } })).text();
    expect(after).toContain("<strong>Grace</strong>: Exported, and still héllo");

    // Logging in sets a session cookie that the members page reads.
    const loginPage = await fetch(new URL("accounts/login/", url));
    const loginToken = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(await loginPage.text())?.[1] ?? "";
    const loggedIn = await fetch(new URL("accounts/login/", url), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies(loginPage), origin: url.replace(/\/$/, "") },
      body: new URLSearchParams({ csrfmiddlewaretoken: loginToken, username: "admin", password: "s3cret-Pass" }).toString(),
    });
    expect(loggedIn.status).toBe(302);
    expect(loggedIn.headers.get("location")).toBe("/members/");
    expect(cookies(loggedIn)).toContain("sessionid=");
    const members = await (await fetch(new URL("members/", url), { headers: { cookie: cookies(loggedIn) } })).text();
    expect(members).toContain("Welcome back, admin");
    expect((await fetch(new URL("members/", url), { redirect: "manual" })).status).toBe(302);

    // Without the token the form is refused, as Django's CSRF middleware does.
    const forged = await fetch(new URL("posts/1/", url), { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "author=Eve&text=forged" });
    expect(forged.status).toBe(403);

    stop(server.child);
    await new Promise((exited) => server?.child.once("exit", exited));
    expect(server.output()).toMatch(/"POST \/posts\/1\/ HTTP\/1\.1" 302/);
    const SQL = await initSqlJs();
    const saved = new SQL.Database(readFileSync(join(out, "db.sqlite3")));
    const rows = saved.exec("SELECT author, text FROM posts_comment ORDER BY id")[0]?.values ?? [];
    expect(rows).toContainEqual(["Grace", "Exported, and still héllo"]);
    expect(rows.some((row) => row[0] === "Eve")).toBe(false);
    saved.close();
    // The project's own database is untouched: the export has a copy.
    const original = new SQL.Database(readFileSync(join(project, "db.sqlite3")));
    expect(original.exec("SELECT count(*) FROM posts_comment WHERE author = 'Grace'")[0]?.values[0]?.[0]).toBe(0);
    original.close();

    // And it is a real TypeScript codebase: `npm run typecheck` (tsc over the project, mvt/ and server.ts) passes.
    const typecheck = spawnSync("npm", ["run", "typecheck"], { cwd: out, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
    expect(typecheck.stdout + typecheck.stderr).not.toContain("error");
    expect(typecheck.status).toBe(0);
  }, 180_000);

  it("runs management commands: makemigrations after a model change, then migrate", () => {
    const models = join(out, "posts/models.ts");
    writeFileSync(models, readFileSync(models, "utf8").replace("    body: models.TextField(),\n", "    body: models.TextField(),\n    views: models.IntegerField({ default: 0 }),\n"));
    const made = npmManage(out, ["makemigrations", "posts"]);
    expect(made.output).toContain("posts/migrations/0002_post_views.ts");
    expect(existsSync(join(out, "posts/migrations/0002_post_views.ts"))).toBe(true);
    const migrated = npmManage(out, ["migrate"]);
    expect(migrated.output).toContain("Applying posts.0002_post_views... OK");
    expect(migrated.status).toBe(0);
    const shown = npmManage(out, ["showmigrations", "posts"]);
    expect(shown.output).toContain("[X] 0002_post_views");
    const unknown = npmManage(out, ["runsever"]);
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain("Unknown command: 'runsever'");
  }, 180_000);

  it("refuses a folder that is not a project, and a non-empty or nested out folder, writing nothing", async () => {
    const base = mkdtempSync(join(tmpdir(), "mvt-export-bad-"));
    const notProject = join(base, "notes");
    mkdirSync(notProject);
    writeFileSync(join(notProject, "todo.txt"), "nothing here\n");
    const target = join(base, "out");
    await expect(exportProject(notProject, target)).rejects.toThrow(HostInputError);
    await expect(exportProject(notProject, target)).rejects.toThrow(/is not an mvt project: it has no settings\.ts/);
    await expect(exportProject(join(base, "missing"), target)).rejects.toThrow(/is not a folder/);
    expect(existsSync(target)).toBe(false);

    const full = join(base, "full");
    mkdirSync(full);
    writeFileSync(join(full, "keep.txt"), "mine\n");
    await expect(exportProject(project, full)).rejects.toThrow(/is not empty \(it has keep\.txt\)/);
    expect(readdirSync(full)).toEqual(["keep.txt"]);

    await expect(exportProject(project, join(project, "export"))).rejects.toThrow(/is inside the project/);
    expect(existsSync(join(project, "export"))).toBe(false);
  });
});

/**
 * `mvt export --to django`, checked with real Django (Debian's python3-django): the blog
 * and bookstore templates (with changed data and a user in db.sqlite3) are exported, then
 * in each export Django's check, makemigrations --check, migrate and loaddata data.json
 * pass, and the home page and a detail page show what mvt shows. Skipped, loudly, where
 * /usr/bin/python3 cannot import django.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportDjangoCommand } from "../../app/host/export_django_command";
import { HostInputError } from "../../app/host/errors";
import { exportDjangoProject } from "../../app/host/export_django";
import { djangoPages, manage, mvtPages, PYTHON, templateProject, texts } from "./export_django_test_helpers";

const available = spawnSync(PYTHON, ["-c", "import django"], { encoding: "utf8" }).status === 0;
if (!available) console.warn(`SKIPPED: the Django export tests need ${PYTHON} with Django (apt install python3-django).`);

describe.skipIf(!available)("mvt export --to django, run with real Django", () => {
  let blog: string;
  let bookstore: string;

  beforeAll(async () => {
    blog = await templateProject("blog", ["UPDATE posts_post SET title = 'Carried over' WHERE id = 1", "INSERT INTO posts_comment (post_id, author, text) VALUES (1, 'Grace', 'Exported too')"], { username: "admin", password: "s3cret-Pass" });
    bookstore = await templateProject("bookstore", ["UPDATE books_book SET title = 'Dune (exported)' WHERE id = 1"]);
  }, 60_000);

  it("exports the blog: Django's check, makemigrations --check, migrate and loaddata pass, and the pages show what mvt shows", async () => {
    const out = join(resolve(blog, ".."), "blog-django");
    const lines: string[] = [];
    expect(await exportDjangoCommand(blog, out, (text) => lines.push(text), { python: PYTHON })).toBe(0);
    const printed = lines.join("\n");
    expect(printed).toContain("made by Django's makemigrations");
    expect(printed).toContain("python manage.py loaddata data.json");

    for (const file of ["manage.py", "blog/settings.py", "blog/urls.py", "blog/wsgi.py", "posts/models.py", "posts/admin.py", "posts/views.py", "posts/urls.py", "posts/migrations/0001_initial.py", "templates/posts/detail.html", "posts/static/posts/site.css", "fixtures/posts.json", "data.json", "README.md", "mvt_source/posts/views.ts"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const models = readFileSync(join(out, "posts/models.py"), "utf8");
    expect(models).toContain('post = models.ForeignKey("Post", on_delete=models.CASCADE, related_name="comments")');
    expect(models).toContain("title = models.CharField(max_length=200)");
    expect(models).toContain('ordering = ["-id"]');
    expect(models).toContain('return f"{self.author} on {self.post_id}"');
    const settings = readFileSync(join(out, "blog/settings.py"), "utf8");
    expect(settings).toContain('"django.contrib.auth"');
    expect(settings).toContain('LOGIN_REDIRECT_URL = "/members/"');
    expect(settings).not.toContain("dev-only-secret-change-me");
    expect(readFileSync(join(out, "posts/views.py"), "utf8")).toContain("@login_required");

    const check = manage(out, ["check"]);
    expect(check.output).toContain("System check identified no issues");
    expect(check.status).toBe(0);
    const pending = manage(out, ["makemigrations", "--check", "--dry-run"]);
    expect(pending.output).toContain("No changes detected");
    expect(pending.status).toBe(0);
    expect(manage(out, ["migrate", "-v", "0"]).status).toBe(0);
    const loaded = manage(out, ["loaddata", "data.json"]);
    expect(loaded.output).toMatch(/Installed \d+ object\(s\) from 1 fixture\(s\)/);
    expect(loaded.status).toBe(0);

    const paths = ["/", "/posts/1/"];
    const mvt = await mvtPages(blog, paths);
    const django = djangoPages(out, paths);
    expect(django["/"]?.status).toBe(200);
    expect(texts(django["/"]?.body ?? "", "h2")).toEqual(texts(mvt["/"]?.body ?? "", "h2"));
    expect(texts(django["/"]?.body ?? "", "h2")).toContain("Carried over");
    expect(django["/posts/1/"]?.status).toBe(200);
    expect(texts(django["/posts/1/"]?.body ?? "", "h1")).toEqual(["Carried over"]);
    expect(texts(django["/posts/1/"]?.body ?? "", "li")).toEqual(texts(mvt["/posts/1/"]?.body ?? "", "li"));
    expect(texts(django["/posts/1/"]?.body ?? "", "li").join(" ")).toContain("Exported too");

    // The user and their password carried over (the hash is Django's format); the admin lists the posts.
    const login = manage(out, ["shell", "-c", [
      "from django.test import Client",
      "c = Client()",
      "print('LOGIN', c.login(username='admin', password='s3cret-Pass'))",
      "print('MEMBERS', c.get('/members/').status_code)",
      "r = c.get('/admin/posts/post/')",
      "print('ADMIN', r.status_code, 'Carried over' in r.content.decode())",
    ].join("\n")]);
    expect(login.output).toContain("LOGIN True");
    expect(login.output).toContain("MEMBERS 200");
    expect(login.output).toContain("ADMIN 200 True");
  }, 60_000);

  it("exports the bookstore: the list and a detail page (select_related, get_object_or_404) match mvt's", async () => {
    const out = join(resolve(bookstore, ".."), "bookstore-django");
    const summary = await exportDjangoProject(bookstore, out, { python: PYTHON });
    expect(summary.migrations.ok).toBe(true);
    expect(summary.viewsTranslated).toEqual(["books.views.book_list", "books.views.book_detail"]);
    expect(summary.viewsToPort).toEqual([]);
    expect(manage(out, ["check"]).status).toBe(0);
    expect(manage(out, ["makemigrations", "--check", "--dry-run"]).output).toContain("No changes detected");
    expect(manage(out, ["migrate", "-v", "0"]).status).toBe(0);
    expect(manage(out, ["loaddata", "data.json"]).status).toBe(0);

    const paths = ["/", "/1/"];
    const mvt = await mvtPages(bookstore, paths);
    const django = djangoPages(out, paths);
    expect(django["/"]?.status).toBe(200);
    const titles = texts(django["/"]?.body ?? "", "a");
    expect(titles.length).toBeGreaterThan(5);
    expect(titles).toEqual(texts(mvt["/"]?.body ?? "", "a"));
    expect(texts(django["/1/"]?.body ?? "", "h1")).toEqual(["Dune (exported)"]);
    expect(django["/1/"]?.body.replace(/\s+/g, " ")).toContain(texts(mvt["/1/"]?.body ?? "", "p")[0]);
  }, 60_000);

  it("leaves a view it cannot read as a stub that raises, with the TypeScript in a comment", async () => {
    const root = await templateProject("bookstore");
    writeFileSync(join(root, "books/views.ts"), `${readFileSync(join(root, "books/views.ts"), "utf8")}\nexport function titles(request: HttpRequest) {\n  const names = [...Book.objects.all()].map((b) => b.title);\n  return new JsonResponse({ names });\n}\n`.replace('import { HttpRequest, render, get_object_or_404 } from "mvt";', 'import { HttpRequest, JsonResponse, render, get_object_or_404 } from "mvt";'));
    writeFileSync(join(root, "books/urls.ts"), readFileSync(join(root, "books/urls.ts"), "utf8").replace('path("", views.book_list, { name: "list" }),', 'path("", views.book_list, { name: "list" }),\n  path("titles/", views.titles, { name: "titles" }),'));
    const out = join(resolve(root, ".."), "stub-django");
    const summary = await exportDjangoProject(root, out, { python: PYTHON });
    expect(summary.viewsToPort).toEqual([expect.stringMatching(/^books\.views\.titles: /)]);
    const views = readFileSync(join(out, "books/views.py"), "utf8");
    expect(views).toContain("#   export function titles(request: HttpRequest) {");
    expect(views).toContain('raise NotImplementedError("port this view from views.ts")');
    expect(readFileSync(join(out, "README.md"), "utf8")).toContain("books.views.titles");
    expect(manage(out, ["check"]).status).toBe(0);
  }, 60_000);
});

describe("mvt export --to django refuses bad input", () => {
  it("refuses a folder without settings.ts, an out folder that is not empty, and one inside the project", async () => {
    const root = await templateProject("bookstore");
    const notProject = join(resolve(root, ".."), "plain");
    mkdirSync(notProject);
    await expect(exportDjangoProject(notProject, join(resolve(root, ".."), "x"))).rejects.toThrow(/no settings\.ts/);
    await expect(exportDjangoProject(join(root, "missing"), join(resolve(root, ".."), "y"))).rejects.toThrow(HostInputError);
    const full = join(resolve(root, ".."), "full");
    mkdirSync(full);
    writeFileSync(join(full, "keep.txt"), "mine");
    await expect(exportDjangoProject(root, full)).rejects.toThrow(/is not empty/);
    expect(readFileSync(join(full, "keep.txt"), "utf8")).toBe("mine");
    await expect(exportDjangoProject(root, join(root, "django"))).rejects.toThrow(/inside the project/);
  }, 60_000);

  it("refuses a project that does not build, saying where", async () => {
    const root = await templateProject("bookstore");
    writeFileSync(join(root, "books/views.ts"), "export function broken( {\n");
    await expect(exportDjangoProject(root, join(resolve(root, ".."), "broken-django"))).rejects.toThrow(/does not build \(books\/views\.ts:\d+/);
  }, 60_000);
});

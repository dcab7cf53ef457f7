import { readFileSync } from "node:fs";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import {
  get_object_or_404,
  HttpResponse,
  include,
  loaddata,
  models,
  path,
  render,
  runTestCase,
  setup,
  TestCase,
  type HttpRequest,
} from "../../../sandbox/framework";
import { ImproperlyConfigured } from "../../../sandbox/framework/core/exceptions";

const SQL = await initSqlJs();
const lesson = new URL("../../../lessons/django-basics/n-plus-one/start/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, lesson), "utf8");
const fixtures = { "books.json": JSON.parse(read("fixtures/books.json")) as unknown };

/** The lesson's project, built by hand: fresh model classes per project. */
function lessonProject(options: { selectRelated?: boolean; debug?: boolean } = {}) {
  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 100 }) };
    declare name: string;
    declare static objects: models.Manager<Author>;
    override toString() {
      return this.name;
    }
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
      published: models.IntegerField(),
    };
    static Meta = { ordering: ["title"] };
    declare title: string;
    declare author: Author;
    declare static objects: models.Manager<Book>;
  }
  const views = {
    book_list(request: HttpRequest) {
      const books = options.selectRelated ? Book.objects.select_related("author") : Book.objects.all();
      return render(request, "books/list.html", { books });
    },
    book_detail(request: HttpRequest, { pk }: { pk: number }) {
      const book = get_object_or_404(Book.objects.select_related("author"), { pk });
      return render(request, "books/detail.html", { book });
    },
    broken(_request: HttpRequest): HttpResponse {
      Book.objects.count();
      throw new Error("the <view> broke");
    },
    async later(_request: HttpRequest) {
      await Promise.resolve();
      return new HttpResponse("later");
    },
  };
  const project = setup({
    modules: {
      settings: { DEBUG: options.debug ?? true, INSTALLED_APPS: ["books"], ROOT_URLCONF: "urls" },
      urls: { urlpatterns: [path("books/", include("books.urls")), path("broken/", views.broken), path("later/", views.later)] },
      "books.urls": {
        app_name: "books",
        urlpatterns: [path("", views.book_list, { name: "list" }), path("<int:pk>/", views.book_detail, { name: "detail" })],
      },
      "books.models": { Author, Book },
      "books.views": views,
    },
    templates: { "books/list.html": read("templates/books/list.html"), "books/detail.html": read("templates/books/detail.html") },
    database: new SQL.Database(),
  });
  loaddata(project.apps, fixtures["books.json"], "books.json");
  return project;
}

describe("the N+1 lesson's project", () => {
  it("lists 10 books at 11 queries, the lazy author loads flagged as N+1 from the template", async () => {
    const project = lessonProject();
    project.tracer.reset();
    const { response } = await project.request({ method: "GET", path: "/books/" });
    expect(response.status_code).toBe(200);
    expect(response.content.match(/<li>/g)).toHaveLength(10);
    expect(response.content).toContain('<a href="/books/1/">Dune</a> by Frank Herbert (1965)');
    const queries = project.tracer.reset();
    expect(queries).toHaveLength(11);
    expect(queries.slice(1).every((q) => q.nPlusOne?.fix.includes("select_related"))).toBe(true);
    expect(queries[1]?.template).toEqual({ name: "books/list.html", line: 8 });
  });

  it("costs one query with select_related", async () => {
    const project = lessonProject({ selectRelated: true });
    project.tracer.reset();
    await project.request({ method: "GET", path: "/books/" });
    expect(project.tracer.reset()).toHaveLength(1);
  });

  it("answers 404 for a missing book, with Django's message on the debug page", async () => {
    const project = lessonProject();
    const { response } = await project.request({ method: "GET", path: "/books/999/" });
    expect(response.status_code).toBe(404);
    expect(response.content).toContain("No Book matches the given query.");
    const unknown = (await project.request({ method: "GET", path: "/nope/" })).response;
    expect(unknown.content).toContain("<ol>\n<li>books/</li>\n<li>broken/</li>\n<li>later/</li>\n</ol>");
    const nested = (await project.request({ method: "GET", path: "/books/abc/" })).response;
    expect(nested.content).toContain("<li>books/ &lt;int:pk&gt;/ [name='detail']</li>");
  });

  it("answers 500 with a debug page showing the error and the SQL run before it", async () => {
    const project = lessonProject();
    const { response } = await project.request({ method: "GET", path: "/broken/" });
    expect(response.status_code).toBe(500);
    expect(response.content).toContain("<h1>Error at /broken/</h1><pre>the &lt;view&gt; broke</pre>");
    expect(response.content).toMatch(/SQL queries before the error \(1\)[\s\S]*SELECT COUNT/i);
    const quiet = lessonProject({ debug: false });
    expect((await quiet.request({ method: "GET", path: "/broken/" })).response.content).toContain("<h1>Server Error (500)</h1>");
  });

  it("awaits async views", async () => {
    const project = lessonProject();
    expect((await project.request({ method: "GET", path: "/later/" })).response.content).toBe("later");
  });

  it("refuses a project without settings or urls", () => {
    expect(() => setup({ modules: {}, database: new SQL.Database() })).toThrow(ImproperlyConfigured);
    expect(() => setup({ modules: { settings: { ROOT_URLCONF: "site.urls" } }, database: new SQL.Database() })).toThrow(
      "ROOT_URLCONF is 'site.urls', but there is no module 'site.urls': create site/urls.ts exporting urlpatterns.",
    );
  });
});

describe("the lesson's checks through runTestCase", () => {
  class BookListChecks extends TestCase {
    static override fixtures = ["books.json"];
    test_the_list_shows_every_book_with_its_author() {
      const response = this.client.get("/books/");
      this.assertContains(response, "Dune");
      this.assertContains(response, "Philip K. Dick");
      this.assertTemplateUsed(response, "books/list.html");
    }
    test_the_list_page_costs_one_query() {
      this.assertNumQueries(1, () => this.client.get("/books/"));
    }
    test_the_sync_client_refuses_async_views() {
      this.client.get("/later/");
    }
  }

  it("fails the start (11 queries, listed as Django lists them) and passes the solution", () => {
    const start = lessonProject();
    const results = runTestCase(start, BookListChecks, fixtures);
    expect(results.map((r) => [r.title, r.passed])).toEqual([
      ["The list shows every book with its author", true],
      ["The list page costs one query", false],
      ["The sync client refuses async views", false],
    ]);
    expect(results[1]?.message).toMatch(/^11 != 1 : 11 queries executed, 1 expected\nCaptured queries were:\n1\. SELECT /);
    expect(results[2]?.message).toContain("use `await this.async_client.get(\"/later/\")`");
    expect(runTestCase(lessonProject({ selectRelated: true }), BookListChecks, fixtures)[1]?.passed).toBe(true);
  });

  it("rolls back each test's writes", () => {
    const project = lessonProject();
    const count = () => Number(project.connection.execute("SELECT COUNT(*) FROM books_book").rows[0]?.[0]);
    const before = count();
    runTestCase(project, BookListChecks, fixtures);
    expect(count()).toBe(before);
  });
});

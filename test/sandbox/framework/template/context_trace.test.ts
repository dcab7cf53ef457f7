import initSqlJs from "sql.js";
import { expect, it } from "vitest";
import { Engine, models, record_templates, setup, mark_safe } from "../../../../sandbox/framework";

const SQL = await initSqlJs();

it("records each template rendered in order, with extends and includes, and its variables", () => {
  const engine = new Engine({
    templates: {
      "base.html": "{% block body %}{% endblock %}",
      "list.html": "{% extends 'base.html' %}{% block body %}{% for b in books %}{% include 'row.html' with title=b %}{% endfor %}{% endblock %}",
      "row.html": "{{ title }}",
    },
  });
  const stop = record_templates(engine);
  engine.render_to_string("list.html", { books: ["Dune", "Emma"], page: { number: 1 }, safe: mark_safe("<b>"), when: new Date(Date.UTC(2020, 0, 2)) });
  const rendered = stop();
  expect(rendered.map((t) => t.name)).toEqual(["list.html", "base.html", "row.html", "row.html"]);
  expect(rendered[0]?.context).toEqual([
    { key: "books", value: "['Dune', 'Emma']" },
    { key: "page", value: "{'number': 1}" },
    { key: "safe", value: "'<b>'" },
    { key: "when", value: "datetime(2020-01-02T00:00:00.000Z)" },
  ]);
  expect(rendered[3]?.context).toContainEqual({ key: "title", value: "'Emma'" });
  engine.render_to_string("row.html", { title: "later" });
  expect(stop()).toHaveLength(4);
});

it("shows querysets and model instances without running a query", () => {
  class Book extends models.Model {
    static fields = { title: models.CharField({ max_length: 20 }) };
    declare title: string;
    declare static objects: models.Manager<Book>;
  }
  const project = setup({
    modules: { settings: { INSTALLED_APPS: ["books"], ROOT_URLCONF: "urls" }, urls: { urlpatterns: [] }, "books.models": { Book } },
    templates: { "t.html": "" },
    database: new SQL.Database(),
  });
  const book = Book.objects.create({ title: "Dune" });
  project.tracer.reset();
  const stop = record_templates(project.engine);
  project.engine.render_to_string("t.html", { books: Book.objects.all(), book, long: "x".repeat(500) });
  const [trace] = stop();
  expect(project.tracer.reset()).toHaveLength(0);
  expect(trace?.context).toEqual([
    { key: "books", value: "<<queryset of books.Book>>" },
    { key: "book", value: `<Book: pk=${book.pk}>` },
    { key: "long", value: `'${"x".repeat(198)}…` },
  ]);
});

import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { Client, path, render, setup, type HttpRequest } from "../../../../sandbox/framework";

const SQL = await initSqlJs();

const TEMPLATES = {
  "base.html": "<title>{% block title %}{% endblock %}</title>\n{% block body %}{% endblock %}",
  "filter.html": "{% extends 'base.html' %}\n{% block body %}\n<p>{{ n }}</p>\n<p>{{ n|divisibleby:0 }}</p>\n{% endblock %}",
  "syntax.html": "line one\n{% if %}\n{% endif %}",
  "include.html": "before\n{% include 'missing.html' %}\nafter",
};

function project(DEBUG: boolean) {
  const view = (name: string) => (request: HttpRequest) => render(request, name, { n: 10 });
  return setup({
    modules: {
      settings: { DEBUG, INSTALLED_APPS: [], ROOT_URLCONF: "urls", MIDDLEWARE: [] },
      urls: {
        urlpatterns: [
          path("filter/", view("filter.html")),
          path("syntax/", view("syntax.html")),
          path("include/", view("include.html")),
          path("absent/", view("absent.html")),
        ],
      },
    },
    templates: TEMPLATES,
    database: new SQL.Database(),
  });
}

describe("template errors on the DEBUG 500 page", () => {
  const client = new Client(project(true));

  it("shows a filter's error with the template, the line and the failing tag highlighted", () => {
    const response = client.get("/filter/");
    expect(response.status_code).toBe(500);
    expect(response.content).toContain("<h1>ZeroDivisionError at /filter/</h1>");
    expect(response.content).toContain("<h2>Error during template rendering</h2>");
    expect(response.content).toContain("In template <code>filter.html</code>, error at line <strong>4</strong>");
    expect(response.content).toContain('<tr class="error"><th>4</th><td>&lt;p&gt;<span class="specific">{{ n|divisibleby:0 }}</span>&lt;/p&gt;\n</td></tr>');
    expect(response.content).toContain("<tr><th>3</th><td>&lt;p&gt;{{ n }}&lt;/p&gt;\n</td></tr>");
  });

  it("shows a TemplateSyntaxError at its tag, with Django's message", () => {
    const response = client.get("/syntax/");
    expect(response.content).toContain("<h1>TemplateSyntaxError at /syntax/</h1>");
    expect(response.content).toContain("In template <code>syntax.html</code>, error at line <strong>2</strong>");
    expect(response.content).toContain("<h3>Unexpected end of expression in if tag.</h3>");
    expect(response.content).toContain('<span class="specific">{% if %}</span>');
  });

  it("shows a missing include at the include tag, and the templates tried", () => {
    const response = client.get("/include/");
    expect(response.content).toContain("<h1>TemplateDoesNotExist at /include/</h1>");
    expect(response.content).toContain("In template <code>include.html</code>, error at line <strong>2</strong>");
    expect(response.content).toContain("<h2>Template-loader postmortem</h2>");
    expect(response.content).toContain("<li>templates/missing.html (Source does not exist)</li>");
  });

  it("lists the templates tried when the view's own template is missing", () => {
    const response = client.get("/absent/");
    expect(response.content).toContain("<li>templates/absent.html (Source does not exist)</li>");
    expect(response.content).not.toContain("Error during template rendering");
  });
});

it("shows Django's plain 500 page without DEBUG", () => {
  const response = new Client(project(false)).get("/filter/");
  expect(response.status_code).toBe(500);
  expect(response.content).toContain("<h1>Server Error (500)</h1>");
  expect(response.content).not.toContain("divisibleby");
});

/**
 * Template benchmark: a list page of 1,000 rows (a loop, several filters, an include
 * and inheritance) rendered by mvt and by real Django (one python process timing its
 * own render loop) in the same run; medians of N renders, output checked to match.
 */
import { execFileSync } from "node:child_process";
import { Engine } from "../../sandbox/framework/template";
import { medianTime } from "./stats";

const PYTHON = "/usr/bin/python3";

const TEMPLATES: Record<string, string> = {
  "base.html": "<html><head><title>{% block title %}Shop{% endblock %}</title></head><body>{% block content %}{% endblock %}</body></html>",
  "list.html": "{% extends 'base.html' %}{% block title %}Books ({{ books|length }}){% endblock %}{% block content %}<table>{% for book in books %}{% include 'row.html' %}{% empty %}<tr><td>none</td></tr>{% endfor %}</table>{% endblock %}",
  "row.html": "<tr class=\"{% cycle 'odd' 'even' %}\"><td>{{ forloop.counter }}</td><td>{{ book.title|title|truncatechars:30 }}</td><td>{{ book.author|upper }}</td><td>{{ book.price|floatformat:2 }}</td><td>{{ book.published|date:'Y-m-d' }}</td><td>{{ book.tags|join:', ' }}</td><td>{% if book.price > 20 %}pricey{% else %}cheap{% endif %}</td></tr>\n",
};

/** 1,000 books as JSON; `published` as "YYYY-MM-DDTHH:MM:SS", made a datetime on both sides. */
function books(rows: number) {
  return Array.from({ length: rows }, (_, i) => ({
    title: `the book number ${i} <of> many & more`,
    author: `author ${i % 37}`,
    price: (i % 50) + 0.5,
    published: new Date(Date.UTC(2000 + (i % 20), i % 12, 1 + (i % 28), 12)).toISOString().slice(0, 19),
    tags: ["a", `t${i % 5}`, "<b>"],
  }));
}

const DJANGO = `
import datetime, json, sys, time
import django
from django.conf import settings
payload = json.load(sys.stdin)
settings.configure(TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates",
    "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", payload["templates"])]}}], TIME_ZONE="UTC")
django.setup()
from django.template import Context, Engine
books = payload["books"]
for b in books:
    b["published"] = datetime.datetime.fromisoformat(b["published"])
template = Engine.get_default().get_template("list.html")
samples, output = [], ""
for _ in range(payload["runs"]):
    started = time.perf_counter()
    output = template.render(Context({"books": books}))
    samples.append((time.perf_counter() - started) * 1000)
samples.sort()
json.dump({"ms": samples[(len(samples) - 1) // 2], "output": output}, sys.stdout)
`;

/** mvt and Django rendering the same 1,000-row page: medians in ms and Django/mvt speed ratio. */
export async function benchTemplates(rows = 1000, runs = 15): Promise<{ name: string; mvtMs: number; djangoMs: number; ratio: number }[]> {
  const data = books(rows);
  const django = JSON.parse(execFileSync(PYTHON, ["-c", DJANGO], { input: JSON.stringify({ templates: TEMPLATES, books: data, runs }), encoding: "utf8" })) as { ms: number; output: string };
  const engine = new Engine({ templates: TEMPLATES });
  const template = engine.get_template("list.html");
  const context = { books: data.map((b) => ({ ...b, published: new Date(`${b.published}Z`) })) };
  let output = "";
  const mvtMs = medianTime(runs, () => {
    output = template.render(context);
  });
  const name = `list page, ${rows} rows${output === django.output ? "" : " (OUTPUT DIFFERS)"}`;
  await Promise.resolve();
  return [{ name, mvtMs, djangoMs: django.ms, ratio: django.ms / mvtMs }];
}

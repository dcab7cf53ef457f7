import { describe, expect, it } from "vitest";
import { Tracer } from "../../../../sandbox/framework/core/trace";
import { Engine, mark_safe, TemplateDoesNotExist, TemplateSyntaxError } from "../../../../sandbox/framework/template";

const render = (source: string, context: Record<string, unknown> = {}, engine = new Engine()) => engine.from_string(source).render(context);

class Author {
  constructor(readonly name: string) {}
  toString() {
    return this.name;
  }
}
class Book {
  constructor(readonly title: string, private readonly writer: Author) {}
  get author() {
    return this.writer;
  }
  get_absolute_url() {
    return `/books/${this.title.toLowerCase()}/`;
  }
}

describe("variables", () => {
  it("looks up keys, getters, indexes and zero-argument methods", () => {
    const book = new Book("Dune", new Author("Frank Herbert"));
    expect(render("{{ b.title }} by {{ b.author.name }} at {{ b.get_absolute_url }}; {{ l.1 }} {{ d.k }}", { b: book, l: ["a", "b"], d: { k: "v" } })).toBe(
      "Dune by Frank Herbert at /books/dune/; b v",
    );
  });

  it("renders missing variables as string_if_invalid and Python values as Python prints them", () => {
    expect(render("[{{ missing.x }}]")).toBe("[]");
    expect(render("{{ missing }}", {}, new Engine({ string_if_invalid: "INVALID %s" }))).toBe("INVALID missing");
    expect(render("{{ n }} {{ t }} {{ l }} {{ d }}", { n: null, t: true, l: ["a", 1], d: { a: 1 } })).toBe("None True [&#x27;a&#x27;, 1] {&#x27;a&#x27;: 1}");
  });

  it("autoescapes except safe strings and literals", () => {
    expect(render("{{ s }} {{ m }} {{ '<i>' }} {{ s|safe }}", { s: "<b>&", m: mark_safe("<u>") })).toBe("&lt;b&gt;&amp; <u> <i> <b>&");
    expect(render("{% autoescape off %}{{ s }}{% endautoescape %}", { s: "<b>" })).toBe("<b>");
  });
});

describe("tags", () => {
  it("loops with forloop, reversed, unpacking and empty", () => {
    expect(render("{% for x in l reversed %}{{ forloop.counter }}{{ x }}{% if not forloop.last %},{% endif %}{% endfor %}", { l: ["a", "b"] })).toBe("1b,2a");
    expect(render("{% for k, v in d.items %}{{ k }}={{ v }};{% endfor %}", { d: { a: 1, b: 2 } })).toBe("a=1;b=2;");
    expect(render("{% for x in l %}{{ x }}{% empty %}none{% endfor %}", { l: [] })).toBe("none");
    expect(render("{% for x in l %}{% for y in l %}{{ forloop.parentloop.counter }}{{ y }}{% endfor %}{% endfor %}", { l: [1, 2] })).toBe("11122122");
  });

  it("evaluates if with Django's precedence", () => {
    expect(render("{% if a or b and c %}yes{% else %}no{% endif %}", { a: true, b: false, c: false })).toBe("yes");
    expect(render("{% if not a in l %}in{% elif x >= 3 %}big{% else %}small{% endif %}", { a: 1, l: [1], x: 3 })).toBe("big");
    expect(render("{% if x is None and y is not None %}ok{% endif %}", { y: 0 })).toBe("ok");
    expect(render("{% if x < 1 %}lt{% else %}no{% endif %}", { x: null })).toBe("no");
  });

  it("supports with, firstof, cycle, spaceless, verbatim, comment and templatetag", () => {
    expect(render("{% with n=l|length %}{{ n }}{% endwith %}", { l: [1, 2, 3] })).toBe("3");
    expect(render("{% firstof a b 'z' %}", { a: 0, b: "" })).toBe("z");
    expect(render("{% for x in l %}{% cycle 'odd' 'even' %} {% endfor %}", { l: [1, 2, 3] })).toBe("odd even odd ");
    expect(render("{% spaceless %} <p> <b>x</b> </p> {% endspaceless %}")).toBe("<p><b>x</b></p>");
    expect(render("{% verbatim %}{{ raw }}{% endverbatim %}{# hidden #}{% comment %}gone{% endcomment %}{% templatetag openblock %}")).toBe("{{ raw }}{%");
  });

  it("inherits blocks with block.super and includes with only", () => {
    const engine = new Engine({
      templates: {
        "base.html": "<h1>{% block title %}Base{% endblock %}</h1>{% block body %}{% endblock %}",
        "child.html": "{% extends 'base.html' %}{% block title %}{{ block.super }}+Child{% endblock %}{% block body %}{% include 'part.html' with x=1 only %}{% endblock %}",
        "part.html": "[{{ x }}{{ y }}]",
      },
    });
    expect(engine.render_to_string("child.html", { y: 2 })).toBe("<h1>Base+Child</h1>[1]");
  });
});

describe("errors", () => {
  it("names the template and line of a syntax error", () => {
    const engine = new Engine({ templates: { "bad.html": "ok\n{% for x in l %}\n{% bogus %}" } });
    expect(() => engine.get_template("bad.html")).toThrow(TemplateSyntaxError);
    expect(() => engine.get_template("bad.html")).toThrow(
      "Invalid block tag on line 3: 'bogus', expected 'empty' or 'endfor'. Did you forget to register or load this tag? (in template 'bad.html', line 3)",
    );
    expect(() => render("{% if x %}")).toThrow("Unclosed tag on line 1: 'if'. Looking for one of: elif, else, endif.");
    expect(() => render("{{ x|nope }}")).toThrow("Invalid filter: 'nope'");
  });

  it("lists what was tried when a template is missing", () => {
    try {
      new Engine().get_template("books/list.html");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateDoesNotExist);
      expect((error as TemplateDoesNotExist).tried).toEqual(["templates/books/list.html (Source does not exist)"]);
    }
  });
});

describe("filters", () => {
  it.each([
    ["{{ v|default:'x' }}", { v: "" }, "x"],
    ["{{ v|default_if_none:'x' }}", { v: null }, "x"],
    ["{{ v|length }}", { v: [1, 2] }, "2"],
    ["{{ v|title }}", { v: "they're bill's 1st" }, "They&#x27;re Bill&#x27;s 1st"],
    ["{{ v|capfirst }}", { v: "abc" }, "Abc"],
    ["{{ v|truncatechars:5 }}", { v: "abcdefgh" }, "abcd…"],
    ["{{ v|truncatewords:2 }}", { v: "a b  c" }, "a b …"],
    ["{{ n }} item{{ n|pluralize }}, {{ m|pluralize:'y,ies' }}", { n: 2, m: 1 }, "2 items, y"],
    ["{{ v|join:', ' }}", { v: ["<a>", "b"] }, "&lt;a&gt;, b"],
    ["{{ v|first }}{{ v|last }}", { v: "xyz" }, "xz"],
    ["{{ v|add:'2' }} {{ s|add:'b' }}", { v: 1, s: "a" }, "3 ab"],
    ["{{ v|yesno:'y,n' }}{{ w|yesno }}", { v: true, w: null }, "ymaybe"],
    ["{{ v|slugify }}", { v: " Hello, World! " }, "hello-world"],
    ["{{ v|urlencode }}", { v: "a b/c?" }, "a%20b/c%3F"],
    ["{{ a|floatformat }} {{ b|floatformat }} {{ c|floatformat:2 }} {{ d|floatformat:'-3' }}", { a: 34.23234, b: 34.0, c: 2.675, d: 34.26 }, "34.2 34 2.68 34.260"],
    ["{{ v|cut:' ' }}", { v: "a b c" }, "abc"],
    ["{{ v|slice:':2' }}{{ v|slice:'::-1' }}", { v: "abc" }, "abcba"],
    ["{% for d in v|dictsort:'n' %}{{ d.n }}{% endfor %}", { v: [{ n: 2 }, { n: 1 }] }, "12"],
    ["{{ v|linebreaksbr }}", { v: "a\n<b>" }, "a<br>&lt;b&gt;"],
    ["{{ v|linebreaks }}", { v: "a\nb\n\nc" }, "<p>a<br>b</p>\n\n<p>c</p>"],
    ["{{ v|date:'D, j M Y H:i' }}", { v: new Date(Date.UTC(2024, 0, 5, 14, 7)) }, "Fri, 5 Jan 2024 14:07"],
    ["{{ v|date }}", { v: new Date(Date.UTC(2024, 8, 1)) }, "Sept. 1, 2024"],
  ])("%s", (source, context, expected) => {
    expect(render(source, context)).toBe(expected);
  });
});

describe("tracing", () => {
  it("pushes the template name and line while a node renders", () => {
    const tracer = new Tracer();
    const seen: unknown[] = [];
    const engine = new Engine({ tracer, templates: { "t.html": "a\n{{ probe.x }}" } });
    engine.render_to_string("t.html", {
      probe: {
        get x() {
          seen.push(tracer.currentTemplate());
          return 1;
        },
      },
    });
    expect(seen).toEqual([{ name: "t.html", line: 2 }]);
    expect(tracer.templateStack).toEqual([]);
  });
});

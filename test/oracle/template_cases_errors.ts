/**
 * Oracle cases for bad input: every built-in filter given the wrong number of
 * arguments, every tag written wrong, malformed variables, and `{% cache %}`.
 */
import type { TemplateCase } from "./template_cases";

const c = (source: string, context: Record<string, unknown> = {}): TemplateCase => ({ source, context });

/** Filters that require an argument, and those that take none (Django's signatures). */
const REQUIRED_ARG = ["add", "center", "cut", "default", "default_if_none", "dictsort", "dictsortreversed", "divisibleby", "get_digit", "join", "json_script", "length_is", "ljust", "rjust", "slice", "stringformat", "truncatechars", "truncatechars_html", "truncatewords", "truncatewords_html", "urlizetrunc", "wordwrap"];
const NO_ARG = ["addslashes", "capfirst", "escape", "escapejs", "filesizeformat", "first", "force_escape", "iriencode", "last", "length", "linebreaks", "linebreaksbr", "linenumbers", "lower", "make_list", "phone2numeric", "pprint", "random", "safe", "safeseq", "slugify", "striptags", "title", "unordered_list", "upper", "urlize", "wordcount"];

const FILTER_ARGUMENTS = [...REQUIRED_ARG.map((name) => c(`{{ v|${name} }}`, { v: "x" })), ...NO_ARG.map((name) => c(`{{ v|${name}:1 }}`, { v: "x" }))];

const TAGS = [
  "{% autoescape %}{% endautoescape %}",
  "{% autoescape maybe %}{% endautoescape %}",
  "{% block %}{% endblock %}",
  "{% block a %}{% block a %}{% endblock %}{% endblock %}",
  "{% block a %}{% endblock b %}",
  "{% comment %}never closed",
  "{% cycle %}",
  "{% cycle foo %}",
  "{% extends %}",
  "{% extends 'nope.html' %}",
  "{% extends 'base.html' %}{% extends 'base.html' %}",
  "{% filter escape %}x{% endfilter %}",
  "{% filter nope %}x{% endfilter %}",
  "{% firstof %}",
  "{% for x y l %}{% endfor %}",
  "{% for x in l %}never closed",
  "{% for x, in l %}{% endfor %}",
  "{% if a == %}{% endif %}",
  "{% if not %}{% endif %}",
  "{% if == a %}{% endif %}",
  "{% if a %}{% else %}{% elif b %}{% endif %}",
  "{% ifchanged %}never closed",
  "{% include %}",
  "{% include 'nope.html' %}",
  "{% include 'item.html' with %}",
  "{% include 'item.html' only only %}",
  "{% include 'bad.html' %}",
  "{% load cache from nope %}",
  "{% load nope from cache %}",
  "{% now %}",
  "{% regroup l by %}",
  "{% regroup l x y as z %}",
  "{% resetcycle foo %}",
  "{% resetcycle a b %}",
  "{% spaceless %}never closed",
  "{% templatetag %}",
  "{% templatetag bogus %}",
  "{% verbatim %}never closed",
  "{% widthratio a b %}",
  "{% widthratio 1 2 3 as %}",
  "{% with %}{% endwith %}",
  "{% with a %}{% endwith %}",
  "{% endfor %}",
  "{% else %}",
].map((source) => c(source, { l: [1, 2], a: 1, b: 2 }));

const VARIABLES = ["{{ }}", "{{ a|add:1:2 }}", "{{ a| }}", "{{ 'open }}", "{{ _x }}", "{{ a._b }}", "{{ a|add:'1'|nope }}", "{{ a b }}"].map((source) => c(source, { a: 1 }));

const CACHE = [
  c("{% load cache %}{% cache 500 frag_a %}x{{ n }}{% endcache %}", { n: 1 }),
  c("{% load cache %}{% cache 500 frag_b n %}{{ n }}{% endcache %}{% cache 500 frag_b n %}changed{% endcache %}{% cache 500 frag_b m %}{{ m }}{% endcache %}", { n: 1, m: 2 }),
  c("{% load cache %}{% cache None frag_c %}ok{% endcache %}"),
  c("{% load cache %}{% cache t frag_d 'a' 1 %}{{ t }}{% endcache %}", { t: "60" }),
  c("{% load cache %}{% cache %}{% endcache %}"),
  c("{% load cache %}{% cache 5 %}{% endcache %}"),
  c("{% load cache %}{% cache 'x' frag_e %}{% endcache %}"),
  c("{% load cache %}{% cache missing frag_f %}{% endcache %}"),
  c("{% load cache %}{% cache 500 frag_g using='nope' %}{% endcache %}"),
  c("{% load cache %}{% cache 500 frag_h %}never closed"),
  c("{% cache 500 frag_i %}{% endcache %}"),
];

export const ERROR_CASES: TemplateCase[] = [...FILTER_ARGUMENTS, ...TAGS, ...VARIABLES, ...CACHE];

/**
 * Template cases for the Django oracle: JSON contexts, where `{ $datetime: iso }`
 * stands for a datetime; TEMPLATES is the loader's map for include and extends.
 */
import { ERROR_CASES } from "./template_cases_errors";
import { FILTER_CASES } from "./template_cases_filters";
import { TAG_CASES, TEMPLATES } from "./template_cases_tags";

export { TEMPLATES };

export interface TemplateCase {
  source: string;
  context: Record<string, unknown>;
}

/** Turns `{ $datetime: "2020-01-02T03:04:05" }` into a Date (read as UTC, like the sandbox). */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === "$datetime") return new Date(`${String(entries[0][1])}Z`);
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

const BASIC: TemplateCase[] = [
  { source: "{{ s }} {{ s|safe }} {{ s|escape }} {{ s|force_escape }}", context: { s: "<a href='x'>&</a>" } },
  { source: "{{ n }} {{ t }} {{ f }} {{ l }} {{ d }}", context: { n: null, t: true, f: false, l: ["a", 1, null], d: { k: "v" } } },
  { source: "{% for x in l reversed %}{{ forloop.counter0 }}{{ forloop.revcounter }}{{ x }}{% if forloop.first %}F{% endif %}{% endfor %}", context: { l: [1, 2, 3] } },
  { source: "{% for k, v in d.items %}{{ k }}:{{ v }},{% empty %}none{% endfor %}", context: { d: { a: 1, b: 2 } } },
  { source: "{% for x in missing %}x{% empty %}empty{% endfor %}", context: {} },
  { source: "{% if a and b or c %}1{% endif %}{% if not a or b %}2{% endif %}{% if x in l %}3{% endif %}{% if x not in l %}4{% endif %}", context: { a: true, b: false, c: true, x: 2, l: [1, 2] } },
  { source: "{% if n > 3 %}big{% elif n == 3 %}three{% else %}small{% endif %}{% if m < 1 %}m{% endif %}", context: { n: 3, m: null } },
  { source: "{% if a is None %}none{% endif %}{% if b is not None %}some{% endif %}", context: { a: null, b: 0 } },
  { source: "{% with total=l|length greeting='hi' %}{{ greeting }} {{ total }}{% endwith %}", context: { l: [1, 2] } },
  { source: "{% firstof a b c 'fallback' %}|{% firstof a b %}", context: { a: 0, b: "", c: null } },
  { source: "{% for x in l %}{% cycle 'odd' 'even' %}{% endfor %}", context: { l: [1, 2, 3] } },
  { source: "{% spaceless %}\n<p>\n  <a>x</a>\n</p>\n{% endspaceless %}", context: {} },
  { source: "{% verbatim %}{{ x }}{% if %}{% endverbatim %}", context: {} },
  { source: "{{ v|default:'d' }}{{ v|default_if_none:'n' }}{{ w|default_if_none:'n' }}", context: { v: "", w: null } },
  { source: "{{ s|length }} {{ l|length }} {{ n|length }}", context: { s: "abc", l: [1, 2], n: 5 } },
  { source: "{{ s|lower }} {{ s|upper }} {{ s|title }} {{ s|capfirst }}", context: { s: "hello wORLD it's 2nd" } },
  { source: "{{ s|truncatechars:7 }}|{{ s|truncatechars:0 }}|{{ s|truncatewords:2 }}|{{ s|truncatewords:9 }}", context: { s: "The quick  brown fox" } },
  { source: "{{ a }} vote{{ a|pluralize }}, {{ b }} cherr{{ b|pluralize:'y,ies' }}, {{ c|pluralize }}{{ l|pluralize }}", context: { a: 1, b: 2, c: "x", l: [1, 2] } },
  { source: "{{ l|join:' & ' }}|{{ l|first }}|{{ l|last }}|{{ s|first }}", context: { l: ["<a>", "b"], s: "xyz" } },
  { source: "{{ a|add:b }} {{ s|add:'x' }} {{ a|add:'z' }} {{ f|add:1 }}", context: { a: 2, b: "3", s: "s", f: 2.5 } },
  { source: "{{ t|yesno }} {{ f|yesno:'y,n' }} {{ n|yesno }} {{ n|yesno:'y,n' }} {{ t|yesno:'one' }}", context: { t: true, f: false, n: null } },
  { source: "{{ s|slugify }}", context: { s: " Héllo, Wörld! -- ok_ " } },
  { source: "{{ s|urlencode }} {{ s|urlencode:'' }}", context: { s: "a b/c?d=é" } },
  { source: "{{ a|floatformat }} {{ b|floatformat }} {{ c|floatformat }} {{ a|floatformat:3 }} {{ a|floatformat:'-3' }} {{ b|floatformat:'-2' }} {{ d|floatformat:2 }} {{ s|floatformat }}", context: { a: 34.23234, b: 34.0, c: 34.26, d: 2.675, s: "x" } },
  { source: "{{ s|cut:' ' }} {{ s|slice:':3' }} {{ l|slice:'1:' }} {{ l|slice:'::-1' }}", context: { s: "a b c d", l: [1, 2, 3] } },
  { source: "{% for p in l|dictsort:'age' %}{{ p.name }}{% endfor %} {% for p in l|dictsortreversed:'name' %}{{ p.name }}{% endfor %}", context: { l: [{ name: "b", age: 3 }, { name: "a", age: 1 }, { name: "c", age: 2 }] } },
  { source: "{{ s|linebreaksbr }}|{{ s|linebreaks }}", context: { s: "a\n<b>\n\nc" } },
  { source: "{{ s|striptags }} {{ s|wordcount }} {{ s|addslashes }}", context: { s: "<p>Don't \"stop\"</p> now" } },
  { source: "[{{ s|center:9 }}][{{ s|ljust:6 }}][{{ s|rjust:6 }}]", context: { s: "abc" } },
  { source: "{{ n|divisibleby:3 }} {{ n|get_digit:2 }} {{ s|make_list }} {{ l|length_is:2 }}", context: { n: 123, s: "ab", l: [1, 2] } },
  { source: "{{ b|filesizeformat }} {{ k|filesizeformat }} {{ m|filesizeformat }}", context: { b: 1, k: 2048, m: 5300000 } },
  { source: "{% autoescape off %}{{ s }}{{ s|escape }}{% endautoescape %}", context: { s: "<i>" } },
  { source: "{{ 'lit<>' }} {{ \"dq\" }} {{ 3 }} {{ 2.5 }}", context: {} },
  { source: "{% templatetag openblock %} {% templatetag closevariable %}{# gone #}{% comment %}x{% endcomment %}", context: {} },
  { source: "{{ missing }}|{{ missing.attr }}|{{ d.missing }}|{{ l.5 }}", context: { d: {}, l: [] } },
  { source: "{% if %}{% endif %}", context: {} },
  { source: "{% for x in %}{% endfor %}", context: {} },
  { source: "{{ x|nofilter }}", context: {} },
  { source: "{% bogus %}", context: {} },
  { source: "{{ x|add }}", context: {} },
];

export const CASES: TemplateCase[] = [...BASIC, ...FILTER_CASES, ...TAG_CASES, ...ERROR_CASES];

/** Oracle cases for every built-in filter, over well-typed and odd input. */
import type { TemplateCase } from "./template_cases";

/** Values of every kind a filter may meet. */
const V: Record<string, unknown> = {
  s: "Hello <b>World</b> & 'friends'",
  e: "",
  w: "the quick brown fox jumps over the lazy dog",
  n: 42,
  neg: -7,
  f: 3.14159,
  z: 0,
  t: true,
  no: null,
  l: ["a", "<b>", "c"],
  nums: [3, 1, 2],
  el: [],
  d: { k: "v", n: 1 },
  num_s: "12",
  big: 123456789,
  nested: ["States", ["Kansas", ["Lawrence", "Topeka"], "Illinois"]],
  html: "<p>Joel <i>is</i> a <b>slug</b></p>",
  url: "Visit https://www.djangoproject.com/ or www.example.org, mail me@example.com (see http://a.com/x?y=1&z=2).",
  ml: "one\ntwo\nthree",
  then: { $datetime: "2020-01-01T10:00:00" },
  later: { $datetime: "2021-03-05T12:30:00" },
};

const VALUE_KEYS = ["s", "e", "n", "neg", "f", "z", "t", "no", "l", "el", "d", "num_s", "missing"];

const one = (source: string): TemplateCase => ({ source, context: V });

/** Each filter applied to each value kind: `{{ x|f }}` for x in VALUE_KEYS. */
function overValues(filter: string): TemplateCase {
  return one(VALUE_KEYS.map((k) => `[{{ ${k}|${filter} }}]`).join(""));
}

const NO_ARG = [
  "addslashes", "capfirst", "escape", "escapejs", "filesizeformat", "first", "force_escape", "iriencode", "last", "length",
  "linebreaks", "linebreaksbr", "linenumbers", "lower", "make_list", "phone2numeric", "pprint", "safe", "safeseq", "slugify",
  "striptags", "title", "unordered_list", "upper", "urlencode", "urlize", "wordcount", "floatformat", "date", "time", "timesince",
];

const WITH_ARG = [
  "add:2", "add:'x'", "center:11", "cut:'l'", "default:'dflt'", "default_if_none:'none'", "divisibleby:2", "get_digit:1",
  "join:', '", "length_is:3", "ljust:12", "rjust:12", "pluralize", "pluralize:'es'", "pluralize:'y,ies'", "slice:'1:3'", "slice:'-2:'",
  "stringformat:'s'", "stringformat:'r'", "stringformat:'05d'", "stringformat:'.2f'", "stringformat:'x'", "stringformat:'e'",
  "truncatechars:5", "truncatewords:2", "truncatechars_html:6", "truncatewords_html:2", "urlizetrunc:10", "wordwrap:5", "yesno", "yesno:'a,b,c'", "yesno:'a,b'",
];

export const FILTER_CASES: TemplateCase[] = [
  ...NO_ARG.map(overValues),
  ...WITH_ARG.map(overValues),
  one("{{ s|stringformat:'10s' }}|{{ s|stringformat:'-10s' }}|{{ n|stringformat:'+d' }}|{{ f|stringformat:'g' }}|{{ big|stringformat:'g' }}|{{ n|stringformat:'o' }}|{{ n|stringformat:'#x' }}|{{ n|stringformat:'X' }}|{{ f|stringformat:'E' }}"),
  one("{{ n|stringformat:'%' }}|{{ n|stringformat:'d%d' }}|{{ n|stringformat:'c' }}|{{ f|stringformat:'10.3f' }}|{{ neg|stringformat:'05d' }}|{{ s|stringformat:'.3s' }}"),
  one("{{ url|urlize }}"),
  one("{{ url|urlizetrunc:15 }}"),
  one("{% autoescape off %}{{ url|urlize }}{{ s|urlize }}{% endautoescape %}"),
  { source: "{{ a|urlize }}|{{ b|urlize }}|{{ c|urlize }}|{{ d|urlize }}", context: { a: "(https://example.com/a_(b))", b: "foo@bar", c: "http://example.com/é?q=a b", d: "example.com." } },
  one("{{ nested|unordered_list }}"),
  { source: "{{ a|unordered_list }}|{% autoescape off %}{{ a|unordered_list }}{% endautoescape %}", context: { a: ["<x>", ["y", "z"], "w"] } },
  one("{{ d|json_script:'data' }}{{ l|json_script:'list' }}{{ s|json_script:'s' }}"),
  { source: "{{ v|json_script:'v' }}", context: { v: { a: [1, 2.5, null, true], b: "</script>é" } } },
  one("{{ w|wordwrap:10 }}|{{ ml|wordwrap:3 }}|{{ w|wordwrap:100 }}"),
  { source: "{{ v|wordwrap:4 }}", context: { v: "ab cd   ef\n\nghij klmnop q" } },
  one("{{ then|timesince:later }}|{{ later|timesince:then }}|{{ then|timeuntil:later }}|{{ later|timeuntil:then }}|{{ s|timesince:later }}|{{ no|timesince }}"),
  { source: "{{ a|timesince:b }}|{{ b|timesince:a }}|{{ a|timesince:c }}", context: { a: { $datetime: "2019-02-28T00:00:00" }, b: { $datetime: "2020-03-01T00:00:00" }, c: { $datetime: "2019-02-28T00:59:59" } } },
  one("{{ then|date:'Y-m-d H:i:s' }}|{{ then|date:'D, d M Y' }}|{{ then|date:'l jS F y, P' }}|{{ later|date:'N j, Y, g:i a' }}|{{ later|time:'H:i' }}|{{ then|date }}|{{ then }}"),
  one("{{ then|date:'w z W t L o' }}|{{ later|date:'A f G h U' }}|{{ later|date:'\\Y\\m Y' }}|{{ then|date:'r' }}|{{ then|date:'c' }}"),
  one("{{ html|truncatewords_html:3 }}|{{ html|truncatechars_html:8 }}|{{ html|truncatewords_html:0 }}|{{ html|truncatechars_html:100 }}"),
  { source: "{{ v|truncatewords_html:2 }}|{{ v|truncatechars_html:4 }}", context: { v: "<div><br/>one <img src='x'> two three</div>" } },
  one("{{ s|iriencode }}|{{ url|iriencode }}"),
  { source: "{{ v|iriencode }}|{{ v|urlencode }}|{{ v|urlencode:'/?' }}", context: { v: "/f?q=ü ß&x=1#frag" } },
  one("{{ s|phone2numeric }}|{{ n|phone2numeric }}"),
  { source: "{{ v|phone2numeric }}", context: { v: "1-800-COLLECT" } },
  one("{{ l|pprint }}|{{ d|pprint }}|{{ s|pprint }}|{{ n|pprint }}|{{ no|pprint }}"),
  one("{{ el|random }}"),
  one("{{ e|random }}"),
  one("{{ nums|dictsort:'0' }}|{{ l|dictsort:'x' }}|{{ s|dictsort:'x' }}"),
  { source: "{{ v|dictsort:'a.b' }}", context: { v: [{ a: { b: 2 } }, { a: { b: 1 } }] } },
  { source: "{% for x in v|dictsortreversed:1 %}{{ x.0 }}{% endfor %}", context: { v: [["a", 3], ["b", 1], ["c", 2]] } },
  one("{{ f|floatformat:2 }}|{{ f|floatformat:'-2' }}|{{ n|floatformat:2 }}|{{ n|floatformat:'-2' }}|{{ num_s|floatformat }}|{{ neg|floatformat:1 }}|{{ f|floatformat:0 }}|{{ z|floatformat }}"),
  { source: "{{ a|floatformat }}|{{ b|floatformat:3 }}|{{ c|floatformat:'-1' }}|{{ d|floatformat }}|{{ e|floatformat:2 }}", context: { a: 0.5, b: 1.0005, c: 2.25, d: -0.04, e: "1e3" } },
  { source: "{{ a|filesizeformat }}|{{ b|filesizeformat }}|{{ c|filesizeformat }}|{{ d|filesizeformat }}|{{ e|filesizeformat }}|{{ f|filesizeformat }}", context: { a: 0, b: 1023, c: 1048576, d: 1073741824 * 3.5, e: -2048, f: 1125899906842624 * 2 } },
  { source: "{{ a|add:b }}|{{ l|add:m }}|{{ a|add:'x' }}|{{ s|add:n }}|{{ no|add:1 }}", context: { a: "5", b: "-2", l: [1], m: [2, 3], s: "a", n: 1 } },
  { source: "{{ a|divisibleby:b }}|{{ c|divisibleby:3 }}", context: { a: 10, b: 5, c: "9" } },
  { source: "{{ a|divisibleby:0 }}", context: { a: 10 } },
  { source: "{{ a|divisibleby:'x' }}", context: { a: 10 } },
  { source: "{{ a|get_digit:3 }}|{{ a|get_digit:9 }}|{{ a|get_digit:0 }}|{{ b|get_digit:1 }}|{{ c|get_digit:1 }}", context: { a: 12345, b: "x", c: -12 } },
  { source: "{{ a|slice:'::2' }}|{{ a|slice:'x' }}|{{ a|slice:'5:1' }}|{{ s|slice:'-3:' }}|{{ a|slice:'1' }}", context: { a: [1, 2, 3, 4, 5], s: "abcdef" } },
  { source: "[{{ s|center:2 }}][{{ s|center:10 }}][{{ t|center:8 }}][{{ s|ljust:'x' }}]", context: { s: "abcd", t: "abc" } },
  { source: "{{ s|cut:'<' }}|{{ m|cut:'&' }}|{{ m|cut:';' }}", context: { s: "<a>", m: "a&amp;b;" } },
  { source: "{{ s|escapejs }}", context: { s: "line1\nline2\t'q' \"d\" <tag> & = - ; ` \u2028 \u0001 é" } },
  { source: "{{ s|addslashes }}|{{ s|capfirst }}|{{ s|title }}", context: { s: "it's a \"test\" o'neill 3rd-place élan" } },
  { source: "{{ s|slugify }}|{{ t|slugify }}", context: { s: "  Jack & Jill like numbers 1,2,3 and 4 and silly characters ?%.$!/ ", t: "Ünïcödé ß _under_ --dash--" } },
  { source: "{{ s|striptags }}|{{ t|striptags }}", context: { s: "<p>a <b>bold</b> <!-- c --> <a href='x'>l</a></p> &amp; x < y", t: "<<b>>x<</b>>" } },
  { source: "{{ s|linenumbers }}", context: { s: Array.from({ length: 11 }, (_, i) => `line <${i}>`).join("\n") } },
  { source: "{% autoescape off %}{{ s|linenumbers }}|{{ s|linebreaks }}|{{ s|linebreaksbr }}{% endautoescape %}", context: { s: "a<\r\nb\r\rc" } },
  { source: "{{ s|wordcount }}|{{ s|truncatewords:3 }}|{{ s|truncatewords:'x' }}|{{ s|truncatechars:'x' }}|{{ s|truncatechars:3 }}", context: { s: "  one two\tthree\nfour  " } },
  { source: "{{ l|join:'<br>' }}|{{ l|safeseq|join:', ' }}|{% autoescape off %}{{ l|join:'<br>' }}{% endautoescape %}|{{ n|join:',' }}|{{ s|join:'-' }}", context: { l: ["<a>", "&"], n: 5, s: "abc" } },
  { source: "{{ l|first }}|{{ l|last }}|{{ e|first }}|{{ e|last }}|{{ s|first }}|{{ s|last }}", context: { l: ["<x>", "<y>"], e: [], s: "<>" } },
  { source: "{{ e|last }}", context: { e: "" } },
  { source: "{{ l|length }}|{{ d|length }}|{{ n|length }}|{{ no|length }}|{{ s|length_is:'x' }}|{{ n|length_is:1 }}", context: { l: [1, 2], d: { a: 1 }, n: 5, no: null, s: "ab" } },
  { source: "{{ a|yesno:'yeah,no,maybe' }}|{{ b|yesno:'yeah,no,maybe' }}|{{ c|yesno:'yeah,no,maybe' }}|{{ a|yesno:'' }}|{{ l|yesno }}|{{ e|yesno }}", context: { a: true, b: false, c: null, l: [1], e: [] } },
  { source: "{{ a|pluralize }}|{{ b|pluralize }}|{{ c|pluralize }}|{{ d|pluralize:'y,ies,x' }}|{{ e|pluralize }}|{{ f|pluralize }}|{{ g|pluralize }}", context: { a: 0, b: 1, c: "1", d: 2, e: 1.5, f: [1], g: { a: 1, b: 2 } } },
  { source: "{{ a|default:b }}|{{ z|default:'zero' }}|{{ e|default:'empty' }}|{{ l|default:'nolist' }}|{{ missing|default:'miss' }}|{{ f|default:'f' }}", context: { a: null, b: "bee", z: 0, e: "", l: [], f: false } },
  { source: "{{ s|upper|lower|capfirst }}|{{ s|escape|escape }}|{{ s|force_escape|force_escape }}|{{ s|safe|escape }}|{{ s|escape|safe }}", context: { s: "<&>" } },
  { source: "{% autoescape off %}{{ s|escape }}|{{ s|force_escape }}|{{ s|upper }}|{{ l }}{% endautoescape %}", context: { s: "<&>", l: ["<"] } },
  { source: "{{ s|lower }}{{ s|upper }}{{ s|title }}{{ s|capfirst }}{{ s|center:9 }}{{ s|cut:'x' }}{{ s|ljust:1 }}", context: { s: "<I>" } },
  { source: "{{ m|lower }}{{ m|upper }}{{ m|title }}{{ m|addslashes }}{{ m|slugify }}{{ m|urlize }}{{ m|linebreaksbr }}{{ m|wordwrap:2 }}", context: { m: "<I'm>" } },
  { source: "{{ 'a<b'|upper }}{{ 'a<b'|force_escape }}{{ \"x'y\"|addslashes }}{{ '<'|add:'>' }}{{ 5|add:'<' }}", context: {} },
  { source: "{{ n|date:'Y' }}|{{ s|date }}|{{ no|time }}|{{ then|time }}|{{ then|time:'' }}", context: { n: 5, s: "2020-01-01", no: null, then: { $datetime: "2020-06-15T13:05:09" } } },
  { source: "{{ x|add:'1'|add:'2'|stringformat:'03d' }}|{{ x|default:'d'|length }}", context: { x: 7 } },
  { source: "{{ s|date:'D' }}", context: { s: { $datetime: "2021-12-31T23:59:59" } } },
  { source: "{{ x|upper:'a' }}", context: {} },
  { source: "{{ x|date:'a':'b' }}", context: {} },
  { source: "{{ x|default }}", context: {} },
  { source: "{{ x|join }}", context: {} },
  { source: "{{ x|urlizetrunc:'a' }}", context: { x: "www.a.com" } },
  { source: "{{ x|wordwrap:'a' }}", context: { x: "abc" } },
  { source: "{{ x|ljust:'a' }}", context: { x: "abc" } },
];

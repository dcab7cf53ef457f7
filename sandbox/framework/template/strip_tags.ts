/**
 * Django's strip_tags (utils/html.py): Python's HTMLParser keeps the text and drops
 * tags, comments and declarations, repeated while that removes any `<`. What Python's
 * parser reads as text (`< b`, `<>`, an unclosed `<`) stays, so `<<b>>x` gives `<>x`.
 */

// Python's html.parser.locatestarttagend_tolerant: a tag name, then attributes.
const START_TAG_END = /<[a-zA-Z][^\t\n\r\f />]*(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|\/(?!>))*)*)?\s*/y;
const ENTITY_REF = /&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]/y;
const CHAR_REF = /&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]/y;
const INCOMPLETE = /&[a-zA-Z#]/y;
const CDATA_ELEMENTS = new Set(["script", "style"]);

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Where the start tag at `i` ends (after `>`), or -1 when the input ends inside it. */
function startTagEnd(text: string, i: number): number {
  const m = matchAt(START_TAG_END, text, i);
  if (!m) return -1;
  const j = i + m[0].length;
  const next = text[j] ?? "";
  if (next === ">") return j + 1;
  if (next === "/") return text.startsWith("/>", j) ? j + 2 : -1;
  if (next === "" || /[a-zA-Z=/]/.test(next)) return -1;
  return j > i ? j : i + 1;
}

/** Where a construct opened at `i` ends after `close`, or -1. */
function endAfter(text: string, from: number, close: string): number {
  const k = text.indexOf(close, from);
  return k < 0 ? -1 : k + close.length;
}

/** The text of `value` once, as Django's MLStripper collects it. */
function stripOnce(value: string): string {
  let out = "";
  let cdata: string | undefined;
  let i = 0;
  const n = value.length;
  while (i < n) {
    if (cdata) {
      const close = new RegExp(`</\\s*${cdata}\\s*>`, "i").exec(value.slice(i));
      if (!close) return out; // Python keeps an unclosed script's text back.
      out += value.slice(i, i + close.index);
      i += close.index + close[0].length;
      cdata = undefined;
      continue;
    }
    let j = i;
    while (j < n && value[j] !== "<" && value[j] !== "&") j++;
    out += value.slice(i, j);
    i = j;
    if (i >= n) break;
    if (value[i] === "&") {
      const ref = matchAt(CHAR_REF, value, i) ?? matchAt(ENTITY_REF, value, i);
      if (ref) {
        const name = ref[0].slice(1, -1);
        out += `&${name};`;
        i += ref[0].length - (ref[0].endsWith(";") ? 0 : 1);
      } else if (matchAt(INCOMPLETE, value, i)) {
        out += value.slice(i + (value.length - i === 2 ? 1 : 0));
        return out;
      } else {
        out += "&";
        i += 1;
      }
      continue;
    }
    let k: number;
    if (/[a-zA-Z]/.test(value[i + 1] ?? "")) {
      k = startTagEnd(value, i);
      const tag = /^<([a-zA-Z][^\t\n\r\f />]*)/.exec(value.slice(i))?.[1]?.toLowerCase() ?? "";
      if (k >= 0 && CDATA_ELEMENTS.has(tag)) cdata = tag;
    } else if (value.startsWith("</", i) || value.startsWith("<?", i)) {
      k = endAfter(value, i + 2, ">");
    } else if (value.startsWith("<!--", i)) {
      const close = /--\s*>/.exec(value.slice(i + 4));
      k = close ? i + 4 + close.index + close[0].length : -1;
    } else if (value.startsWith("<!", i)) {
      k = endAfter(value, i + 2, ">");
    } else if (i + 1 < n) {
      out += "<";
      i += 1;
      continue;
    } else {
      out += "<";
      break;
    }
    if (k < 0) {
      // At the end of input Python reads the unfinished construct as text.
      const gt = value.indexOf(">", i + 1);
      const lt = value.indexOf("<", i + 1);
      k = gt >= 0 ? gt + 1 : lt >= 0 ? lt : i + 1;
      out += value.slice(i, k);
    }
    i = k;
  }
  return out;
}

/** Returns `value` with all HTML tags stripped, as Django's strip_tags. */
export function strip_tags(value: string): string {
  let text = value;
  while (text.includes("<") && text.includes(">")) {
    const stripped = stripOnce(text);
    if (count(text, "<") === count(stripped, "<")) break;
    text = stripped;
  }
  return text;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Text helpers, as in Django's utils/text.py: wrap, phone2numeric and the Truncator. */

/** Python's str.split() with no argument: runs of whitespace, no empty parts. */
export function pysplit(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Python's textwrap with break_long_words and break_on_hyphens off, per line, as Django's wrap(). */
export function wrap(text: string, width: number): string {
  const result: string[] = [];
  for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) result.push(...wrapLine(line.replace(/\t/g, "        ").replace(/\s/g, " "), width));
  return result.join("\n");
}

function wrapLine(text: string, width: number): string[] {
  const chunks = text.split(/( +)/).filter(Boolean);
  const lines: string[] = [];
  while (chunks.length) {
    const current: string[] = [];
    let length = 0;
    if (lines.length && (chunks[0] ?? "").trim() === "") chunks.shift();
    while (chunks.length) {
      const size = (chunks[0] ?? "").length;
      if (length + size > width) break;
      current.push(chunks.shift() ?? "");
      length += size;
    }
    if (chunks.length && (chunks[0] ?? "").length > width && !current.length) current.push(chunks.shift() ?? "");
    if (current.length && (current[current.length - 1] ?? "").trim() === "") current.pop();
    if (current.length) lines.push(current.join(""));
    else if (!chunks.length) break;
  }
  return lines;
}

const PHONE: Record<string, string> = { a: "2", b: "2", c: "2", d: "3", e: "3", f: "3", g: "4", h: "4", i: "4", j: "5", k: "5", l: "5", m: "6", n: "6", o: "6", p: "7", q: "7", r: "7", s: "7", t: "8", u: "8", v: "8", w: "9", x: "9", y: "9", z: "9" };

/** Letters on a phone keypad become digits: "1-800-COLLECT" -> "1-800-2655328". */
export function phone2numeric(phone: string): string {
  return [...phone.toLowerCase()].map((c) => PHONE[c] ?? c).join("");
}

const SINGLETS = new Set(["br", "col", "link", "base", "img", "param", "area", "hr", "input"]);
const RE_WORDS = /<[^>]+?>|([^<>\s]+)/gs;
const RE_CHARS = /<[^>]+?>|(.)/gs;
const RE_TAG = /^<(\/)?(\S+?)(?:(\s*\/)|\s.*?)?>$/s;

/** Django's Truncator._truncate_html: cuts after `length` words or chars, closing open tags. */
export function truncateHtml(text: string, length: number, truncate: string, truncate_len: number, words: boolean): string {
  if (words && length <= 0) return "";
  let end = 0;
  let count = 0;
  let openTags: string[] = [];
  const regex = words ? RE_WORDS : RE_CHARS;
  regex.lastIndex = 0;
  while (count <= length) {
    const m = regex.exec(text);
    if (!m) break;
    if (m[1]) {
      count += 1;
      if (count === truncate_len) end = regex.lastIndex;
      continue;
    }
    const tag = RE_TAG.exec(m[0]);
    if (!tag || count >= truncate_len) continue;
    const name = (tag[2] ?? "").toLowerCase();
    if (tag[3] || SINGLETS.has(name)) continue;
    if (tag[1]) {
      const i = openTags.indexOf(name);
      if (i >= 0) openTags = openTags.slice(i + 1);
    } else {
      openTags.unshift(name);
    }
  }
  if (count <= length) return text;
  return text.slice(0, end) + truncate + openTags.map((t) => `</${t}>`).join("");
}

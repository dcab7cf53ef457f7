import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { quote, urljoin } from "../../../../sandbox/framework/template/templatetags/static";

const PAIRS: Array<[string, string]> = [
  ["/static/", "css/a.css"], ["/static", "a.css"], ["static/", "a.css"], ["/static/", "/abs.css"],
  ["/static/", "../up.css"], ["/static/", "a/./b/../c.css"], ["/static/", "a//b.css"], ["/static/", ".."],
  ["https://cdn.example.com/static/", "img/x.png"], ["https://cdn.example.com/static/", "/y.png"],
  ["https://cdn.example.com", "z.png"], ["/static/", "//other.example.com/x.js"], ["https://cdn.example.com/s/", "//o.example.com/x.js"],
  ["", "a.css"], ["/static/", ""],
];

describe("the static tag's URL helpers match Python's urllib.parse", () => {
  it("urljoin and quote give what Python gives", () => {
    const texts = ["a b/ü&x?.png", "~user/_-.x", "100%/#frag", "日本/語.css"];
    const script = "import json,sys,urllib.parse as p; d=json.load(sys.stdin); print(json.dumps([[p.urljoin(b,u) for b,u in d['pairs']],[p.quote(t, safe='/') for t in d['texts']]]))";
    const [joined, quoted] = JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify({ pairs: PAIRS, texts }), encoding: "utf8" })) as [string[], string[]];
    expect(PAIRS.map(([b, u]) => urljoin(b, u))).toEqual(joined);
    expect(texts.map(quote)).toEqual(quoted);
  });
});

/** format_html and format_html_join, as Django's utils/html.py (expected values from Django 3.2). */
import { describe, expect, it } from "vitest";
import { format_html, format_html_join, mark_safe, SafeString } from "../../../../sandbox/framework";

describe("format_html", () => {
  it("escapes each argument unless it is safe, keeps {{ }} as braces, and marks the result safe", () => {
    const html = format_html('<a href="{}">{}</a> {{x}}', "/q?a=1&b=2", mark_safe("<b>ok</b>"));
    expect(html).toBeInstanceOf(SafeString);
    expect(String(html)).toBe('<a href="/q?a=1&amp;b=2"><b>ok</b></a> {x}');
  });

  it("takes numbered fields, and named ones from an object, with Python's str() of values", () => {
    expect(String(format_html("<b>{name}</b> {0}", null, { name: "<i>" }))).toBe("<b>&lt;i&gt;</b> None");
    expect(String(format_html("{1}{0}", 1, true))).toBe("True1");
    expect(() => format_html("{} {}", "one")).toThrow("Replacement index 1 out of range");
  });

  it("format_html_join formats each item and joins them with the escaped separator", () => {
    expect(String(format_html_join("<br>", "<li>{} {}</li>", [["Ada", "L<"], ["Bob", "X"]]))).toBe("<li>Ada L&lt;</li>&lt;br&gt;<li>Bob X</li>");
  });
});

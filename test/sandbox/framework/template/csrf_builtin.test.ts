import { describe, expect, it } from "vitest";
import { Engine, HttpRequest } from "../../../../sandbox/framework";

describe("the built-in csrf context processor", () => {
  it("gives every template rendered with a request its csrf_token, as Django's RequestContext", () => {
    const engine = new Engine({ templates: { "form.html": "<form>{% csrf_token %}</form>" } });
    const html = engine.render_to_string("form.html", {}, new HttpRequest({ method: "GET", path: "/" }));
    expect(html).toMatch(/^<form><input type="hidden" name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"><\/form>$/);
  });

  it("renders nothing for {% csrf_token %} without a request", () => {
    const engine = new Engine({ templates: { "form.html": "<form>{% csrf_token %}</form>" } });
    expect(engine.render_to_string("form.html", {})).toBe("<form></form>");
  });
});

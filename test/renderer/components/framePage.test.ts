/**
 * The preview's document for a response: HTML gets the link-and-form script first in its
 * head, JSON is pretty-printed, text is escaped, images are shown.
 */
import { describe, expect, it } from "vitest";
import { framePage } from "../../../renderer/src/components/Preview/framePage";
import { FRAME_SCRIPT } from "../../../renderer/src/components/Preview/frameScript";

const response = (type: string, body: string) => ({ status: 200, reason: "OK", headers: { "content-type": type }, body });

describe("the preview's document", () => {
  it("puts the frame script first in an HTML page's head", () => {
    const page = framePage(response("text/html", "<!doctype html><html><head><title>x</title></head><body>hi</body></html>"));
    expect(page).toBe(`<!doctype html><html><head><script>${FRAME_SCRIPT}</script><title>x</title></head><body>hi</body></html>`);
  });

  it("pretty-prints JSON and escapes it", () => {
    const page = framePage(response("application/json", '{"title":"<b>Dune</b>","tags":[1,2]}'));
    expect(page).toContain('<pre style="white-space:pre-wrap">{\n  "title": "&lt;b&gt;Dune&lt;/b&gt;",\n  "tags": [\n    1,\n    2\n  ]\n}</pre>');
  });

  it("shows an image and describes other bytes", () => {
    expect(framePage({ ...response("image/png", ""), bodyBase64: "iVBORw0=" })).toContain('<img alt="" style="max-width:100%" src="data:image/png;base64,iVBORw0=">');
    expect(framePage({ ...response("application/pdf", ""), bodyBase64: "AAAA" })).toContain("A application/pdf file of 3 bytes.");
  });
});

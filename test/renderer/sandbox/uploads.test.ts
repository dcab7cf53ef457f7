/** The preview's side of uploads: multipart bodies built as a browser builds them, and images inlined from the sandbox. */
import { describe, expect, it } from "vitest";
import { HttpRequest } from "../../../sandbox/framework";
import { configure } from "../../../sandbox/framework/conf/settings";
import { inlineImages } from "../../../renderer/src/sandbox/inlineImages";
import { encodeMultipart } from "../../../renderer/src/sandbox/multipart";

describe("encodeMultipart", () => {
  it("makes a body mvt parses back into the same fields and file bytes", () => {
    configure({});
    const bytes = Uint8Array.from([0, 255, 13, 10, 45, 45]);
    const body = encodeMultipart([
      { name: "title", value: "Café \"quoted\"" },
      { name: "image", filename: "a.png", type: "image/png", base64: btoa(String.fromCharCode(...bytes)) },
    ], "XYZ");
    expect(body.contentType).toBe("multipart/form-data; boundary=XYZ");
    const request = new HttpRequest({ method: "POST", headers: { "Content-Type": body.contentType }, bodyBase64: body.bodyBase64 });
    expect(request.POST.get("title")).toBe('Café "quoted"');
    const file = request.FILES.get("image");
    expect([file?.name, file?.content_type, [...(file?.bytes ?? [])]]).toEqual(["a.png", "image/png", [...bytes]]);
  });
});

describe("inlineImages", () => {
  it("replaces the src of images the sandbox serves, and leaves others alone", async () => {
    const page = { status: 200, reason: "OK", headers: { "content-type": "text/html" }, body: '<img src="/media/a.png"><img src=\'b.png\'><img src="https://x/y.png">' };
    const asked: string[] = [];
    const inlined = await inlineImages(page, "/photos/", async (path) => {
      asked.push(path);
      return path === "/media/a.png"
        ? { status: 200, reason: "OK", headers: { "content-type": "image/png" }, body: "", bodyBase64: "iVBO" }
        : { status: 404, reason: "Not Found", headers: { "content-type": "text/html" }, body: "" };
    });
    expect(asked).toEqual(["/media/a.png", "/photos/b.png"]);
    expect(inlined.body).toBe('<img src="data:image/png;base64,iVBO"><img src=\'b.png\'><img src="https://x/y.png">');
  });
});

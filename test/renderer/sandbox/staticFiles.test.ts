/**
 * Static files in the preview, as runserver serves them: STATIC_URL paths from static/
 * and from each app's static/, and stylesheets put inline in the page.
 */
import { describe, expect, it } from "vitest";
import { findStatic, inlineStylesheets, staticResponse, staticUrl } from "../../../renderer/src/sandbox/staticFiles";

const FILES = {
  "settings.ts": "export const DEBUG = true;",
  "static/site.css": "h1 { color: red }",
  "books/static/books/list.css": "li { margin: 0 }</style><script>",
  "books/views.ts": "",
};

describe("static files in the preview", () => {
  it("finds a file in static/ first, then in an app's static/", () => {
    expect(findStatic(FILES, "/static/site.css")).toBe("static/site.css");
    expect(findStatic(FILES, "/static/books/list.css?v=2")).toBe("books/static/books/list.css");
    expect(findStatic(FILES, "/static/../settings.ts")).toBeNull();
    expect(findStatic(FILES, "/static/missing.css")).toBeNull();
    expect(findStatic(FILES, "/books/")).toBeNull();
  });

  it("follows STATIC_URL from settings.ts", () => {
    const files = { ...FILES, "settings.ts": 'export const STATIC_URL = "assets/";' };
    expect(staticUrl(files)).toBe("/assets/");
    expect(findStatic(files, "/assets/site.css")).toBe("static/site.css");
    expect(findStatic(files, "/static/site.css")).toBeNull();
  });

  it("answers GET with the file and its type, and leaves other methods to the project", () => {
    expect(staticResponse(FILES, "GET", "/static/site.css")).toEqual({
      status: 200,
      reason: "OK",
      headers: { "content-type": "text/css; charset=utf-8" },
      body: "h1 { color: red }",
    });
    expect(staticResponse(FILES, "POST", "/static/site.css")).toBeNull();
  });

  it("puts linked stylesheets inline, and cannot be closed early by the file", () => {
    const page = { status: 200, reason: "OK", headers: { "content-type": "text/html" }, body: '<head><link rel="stylesheet" href="/static/site.css"><link rel="stylesheet" href="../static/books/list.css"><link rel="icon" href="data:,"></head>' };
    const inlined = inlineStylesheets(page, "/books/", FILES).body;
    expect(inlined).toContain('<style data-href="/static/site.css">h1 { color: red }</style>');
    expect(inlined).toContain("li { margin: 0 }<\\/style><script></style>");
    expect(inlined).toContain('<link rel="icon" href="data:,">');
  });
});

describe("binary static files (images, fonts)", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
  const binaries = { "static/logo.png": png, "books/static/books/font.woff2": new Uint8Array([1, 2, 3]) };

  it("are served as bytes with their type, text files first", () => {
    expect(staticResponse(FILES, "GET", "/static/logo.png", binaries)).toEqual({
      status: 200, reason: "OK", headers: { "content-type": "image/png" }, body: "", bodyBase64: Buffer.from(png).toString("base64"),
    });
    expect(staticResponse(FILES, "GET", "/static/books/font.woff2", binaries)?.headers).toEqual({ "content-type": "font/woff2" });
    expect(staticResponse(FILES, "GET", "/static/site.css", binaries)?.body).toBe("h1 { color: red }");
    expect(staticResponse(FILES, "GET", "/static/missing.png", binaries)).toBeNull();
    expect(staticResponse(FILES, "GET", "/static/../static/logo.png", binaries)).toBeNull();
  });
});

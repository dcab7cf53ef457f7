import { describe, expect, it } from "vitest";
import { HttpRequest, RequestDataTooBig, TooManyFieldsSent } from "../../../../sandbox/framework";
import { configure } from "../../../../sandbox/framework/conf/settings";
import { MultiPartParserError } from "../../../../sandbox/framework/http/multipartparser";

const multipart = (parts: string[], boundary = "XyZ") =>
  new HttpRequest({ method: "POST", path: "/up/", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: parts.map((p) => `--XyZ\r\n${p}\r\n`).join("") + "--XyZ--\r\n" });

describe("ALLOWED_HOSTS", () => {
  it("allows listed hosts, subdomains of dotted ones, and testserver; explains the rest", () => {
    configure({ ALLOWED_HOSTS: [".example.com"] });
    expect(new HttpRequest({ headers: { Host: "api.example.com:8000" } }).get_host()).toBe("api.example.com:8000");
    expect(new HttpRequest().get_host()).toBe("testserver");
    expect(() => new HttpRequest({ headers: { Host: "evil.com" } }).get_host()).toThrow("Invalid HTTP_HOST header: 'evil.com'. You may need to add 'evil.com' to ALLOWED_HOSTS.");
    expect(() => new HttpRequest({ headers: { Host: "bad host" } }).get_host()).toThrow("The domain name provided is not valid according to RFC 1034/1035.");
  });

  it("allows localhost variants when DEBUG is on and the list is empty", () => {
    configure({ DEBUG: true });
    expect(new HttpRequest({ headers: { Host: "localhost:3000" } }).get_host()).toBe("localhost:3000");
  });
});

describe("multipart uploads", () => {
  it("puts fields in POST and files in FILES", () => {
    configure({});
    const request = multipart([
      'Content-Disposition: form-data; name="title"\r\n\r\nNotes',
      'Content-Disposition: form-data; name="doc"; filename="C:\\docs\\a.txt"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello ✓',
      'Content-Disposition: form-data; name="empty"; filename=""\r\n\r\n',
    ]);
    expect(request.POST.get("title")).toBe("Notes");
    const file = request.FILES.get("doc")!;
    expect([file.name, file.size, file.content_type, file.charset, file.read()]).toEqual(["a.txt", 9, "text/plain", "utf-8", "hello ✓"]);
    expect(request.FILES.has("empty")).toBe(false);
  });

  it("reads a body with only the closing delimiter as a form with no fields, as Django does", () => {
    const request = multipart([]);
    expect([request.POST.keys(), request.FILES.keys()]).toEqual([[], []]);
  });

  it("enforces Django's limits with Django's messages", () => {
    configure({ DATA_UPLOAD_MAX_NUMBER_FIELDS: 1 });
    expect(() => multipart(['Content-Disposition: form-data; name="a"\r\n\r\n1', 'Content-Disposition: form-data; name="b"\r\n\r\n2']).POST).toThrow(TooManyFieldsSent);
    configure({ DATA_UPLOAD_MAX_MEMORY_SIZE: 10 });
    expect(() => multipart(['Content-Disposition: form-data; name="a"\r\n\r\n' + "x".repeat(20)]).POST).toThrow("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
    expect(() => new HttpRequest({ method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "a=" + "x".repeat(20) }).POST).toThrow(RequestDataTooBig);
  });

  it("rejects malformed bodies", () => {
    configure({});
    expect(() => multipart(["no headers here"]).POST).toThrow(MultiPartParserError);
    expect(() => new HttpRequest({ method: "POST", headers: { "Content-Type": "multipart/form-data" }, body: "x" }).POST).toThrow("Invalid boundary in multipart: None");
  });
});

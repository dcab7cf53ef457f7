import { describe, expect, it } from "vitest";
import { HttpRequest, HttpResponse } from "../../../../sandbox/framework";
import { configure } from "../../../../sandbox/framework/conf/settings";
import { parse_cookie } from "../../../../sandbox/framework/http/cookie";

describe("set_cookie and delete_cookie", () => {
  it("writes attributes in Python's order, with expires computed from max_age", () => {
    const response = new HttpResponse();
    response.set_cookie("theme", "dark", { max_age: 3600, domain: "example.com", secure: true, httponly: true, samesite: "Strict", path: "/app" });
    expect(response.cookie_headers()[0]).toMatch(/^theme=dark; Domain=example\.com; expires=\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT; HttpOnly; Max-Age=3600; Path=\/app; SameSite=Strict; Secure$/);
  });

  it("quotes values with separators as Python's http.cookies does", () => {
    const response = new HttpResponse();
    response.set_cookie("a", 'x y;"z"');
    expect(response.cookie_headers()[0]).toBe('a="x y\\073\\"z\\""; Path=/');
    expect(parse_cookie('a="x y\\073\\"z\\""; b=2')).toEqual({ a: 'x y;"z"', b: "2" });
  });

  it("rejects a bad samesite and deletes with an expired date", () => {
    expect(() => new HttpResponse().set_cookie("a", "b", { samesite: "lenient" as "Lax" })).toThrow('samesite must be "lax", "none", or "strict".');
    const response = new HttpResponse();
    response.delete_cookie("__Secure-x", { samesite: "None" });
    expect(response.cookie_headers()[0]).toBe("__Secure-x=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=None; Secure");
  });

  it("round-trips signed cookies and rejects tampered ones", () => {
    configure({ SECRET_KEY: "k" });
    const response = new HttpResponse();
    response.set_signed_cookie("name", "ann", { salt: "s" });
    const value = response.cookies["name"]!.value;
    const request = (cookie: string) => new HttpRequest({ headers: { Cookie: `name=${cookie}` } });
    expect(request(value).get_signed_cookie("name", { salt: "s" })).toBe("ann");
    expect(request(value.replace("ann", "bob")).get_signed_cookie("name", { salt: "s", fallback: "nobody" })).toBe("nobody");
    expect(() => request(value).get_signed_cookie("name")).toThrow(/does not match/);
  });
});

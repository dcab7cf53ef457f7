import { describe, expect, it } from "vitest";
import { HttpResponse, MiddlewareMixin, type GetResponse, type HttpRequest } from "../../../../sandbox/framework";
import { makeProject } from "./project";

const calls: string[] = [];

/** A function-style middleware that records its way in and out. */
function outer(get_response: GetResponse) {
  const middleware = (request: HttpRequest) => {
    calls.push("outer in");
    const response = get_response(request) as HttpResponse;
    calls.push("outer out");
    response.headers["X-Outer"] = "1";
    return response;
  };
  middleware.process_view = () => {
    calls.push("outer view");
    return null;
  };
  return middleware;
}

/** A class-style middleware that turns errors into a 418. */
class Teapot extends MiddlewareMixin {
  override process_request(): null {
    calls.push("teapot in");
    return null;
  }

  override process_exception(_request: HttpRequest, error: unknown): HttpResponse | null {
    return error instanceof RangeError ? new HttpResponse("caught", { status: 418 }) : null;
  }
}

const project = () => makeProject(
  { "ok/": () => new HttpResponse("ok"), "boom/": () => { throw new RangeError("x"); } },
  { MIDDLEWARE: ["mw.outer", "mw.Teapot", "mvt.middleware.clickjacking.XFrameOptionsMiddleware"] },
  { mw: { outer, Teapot } },
);

describe("the middleware chain", () => {
  it("runs in settings order in, reverse order out, with process_view before the view", async () => {
    calls.length = 0;
    const p = project();
    const { response, activity } = await p.request({ method: "GET", path: "/ok/" });
    expect(calls).toEqual(["outer in", "teapot in", "outer view", "outer out"]);
    expect(response.headers["X-Frame-Options"]).toBe("DENY");
    expect(activity.middleware).toEqual([
      { name: "mw.outer", changed: ["header X-Outer: 1"] },
      { name: "mw.Teapot", changed: [] },
      { name: "mvt.middleware.clickjacking.XFrameOptionsMiddleware", changed: ["header X-Frame-Options: DENY"] },
    ]);
  });

  it("lets process_exception answer for the view", async () => {
    const { response } = await project().request({ method: "GET", path: "/boom/" });
    expect([response.status_code, response.content]).toEqual([418, "caught"]);
  });

  it("awaits async views through the whole default stack", async () => {
    const p = makeProject({ "later/": async (request: HttpRequest) => {
      await Promise.resolve();
      request.session.set("seen", true);
      return new HttpResponse("later");
    } });
    const { response, activity } = await p.request({ method: "GET", path: "/later/" });
    expect([response.content, response.headers["X-Frame-Options"], Object.keys(response.cookies)]).toEqual(["later", "DENY", ["sessionid"]]);
    expect(activity.middleware.map((m) => m.name.split(".").pop())).toEqual([
      "SecurityMiddleware", "SessionMiddleware", "CommonMiddleware", "CsrfViewMiddleware", "AuthenticationMiddleware", "MessageMiddleware", "XFrameOptionsMiddleware",
    ]);
    expect(activity.middleware[1]?.changed).toEqual(["request.session", "header Vary: Cookie", "cookie sessionid"]);
  });

  it("awaits a learner's async middleware around sync and async views, in order", async () => {
    const order: string[] = [];
    const timing = (get_response: GetResponse) => async (request: HttpRequest) => {
      order.push("in");
      const response = await get_response(request);
      order.push("out");
      response.headers["X-Timed"] = "yes";
      return response;
    };
    const p = makeProject(
      { "sync/": () => new HttpResponse("sync"), "async/": async () => new HttpResponse("async") },
      { MIDDLEWARE: ["timing.timing"] },
      { timing: { timing } },
    );
    for (const path of ["/sync/", "/async/"]) {
      const { response } = await p.request({ method: "GET", path });
      expect([response.content, response.headers["X-Timed"]]).toEqual([path.slice(1, -1), "yes"]);
    }
    expect(order).toEqual(["in", "out", "in", "out"]);
  });

  it("names an unknown middleware in the error", () => {
    expect(() => makeProject({}, { MIDDLEWARE: ["nope.Thing"] })).toThrow("No middleware 'nope.Thing' (from settings.MIDDLEWARE).");
  });

  it("answers 400 for a disallowed host, with Django's log message, and never a technical page when DEBUG is off", async () => {
    const { response, activity } = await makeProject({ "ok/": () => new HttpResponse("ok") }).request({ method: "GET", path: "/ok/", headers: { Host: "evil.com" } });
    expect([response.status_code, response.content]).toEqual([400, "<h1>Bad Request (400)</h1>"]);
    expect(activity.log).toContainEqual({ logger: "django.security.DisallowedHost", level: "error", message: "Invalid HTTP_HOST header: 'evil.com'. You may need to add 'evil.com' to ALLOWED_HOSTS." });
  });
});

describe("security middleware", () => {
  it("sets nosniff, Referrer-Policy and X-Frame-Options; HSTS only over HTTPS", async () => {
    const p = makeProject({ "ok/": () => new HttpResponse("ok") }, { SECURE_HSTS_SECONDS: 3600, SECURE_HSTS_PRELOAD: true });
    const plain = (await p.request({ method: "GET", path: "/ok/" })).response;
    expect(plain.headerObject()).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY" });
    expect(plain.headers.has("Strict-Transport-Security")).toBe(false);
    const secure = await p.handle(new (await import("../../../../sandbox/framework")).HttpRequest({ path: "/ok/", secure: true }));
    expect(secure.headers["Strict-Transport-Security"]).toBe("max-age=3600; preload");
  });

  it("redirects to HTTPS with SECURE_SSL_REDIRECT", async () => {
    const { response } = await makeProject({ "ok/": () => new HttpResponse("ok") }, { SECURE_SSL_REDIRECT: true }).request({ method: "GET", path: "/ok/?a=1" });
    expect([response.status_code, response.headers["Location"]]).toEqual([301, "https://testserver/ok/?a=1"]);
  });
});

describe("CommonMiddleware", () => {
  it("redirects to the URL with a slash when only that one exists", async () => {
    const p = makeProject({ "books/": () => new HttpResponse("ok") });
    const { response } = await p.request({ method: "GET", path: "/books?page=2" });
    expect([response.status_code, response.headers["Location"]]).toEqual([301, "/books/?page=2"]);
    expect((await p.request({ method: "GET", path: "/nothing" })).response.status_code).toBe(404);
  });
});

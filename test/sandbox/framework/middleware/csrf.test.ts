import { describe, expect, it } from "vitest";
import { Client, csrf_exempt, HttpResponse, type HttpRequest } from "../../../../sandbox/framework";
import { client, makeProject } from "./project";

const views = {
  "form/": (request: HttpRequest) => new HttpResponse(request.resolver_match ? projectRef.p!.engine.render_to_string("form.html", {}, request) : ""),
  "post/": () => new HttpResponse("posted"),
  "hook/": csrf_exempt(() => new HttpResponse("exempt")),
};
const projectRef: { p?: ReturnType<typeof makeProject> } = {};

function setupProject(settings: Record<string, unknown> = {}) {
  projectRef.p = makeProject(views, settings);
  return projectRef.p;
}

const tokenOf = (html: string) => /name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"/.exec(html)?.[1] ?? "";

describe("CsrfViewMiddleware", () => {
  it("is not enforced for the test client by default, as in Django", () => {
    const p = setupProject();
    expect(new Client(p).post("/post/", {}).status_code).toBe(200);
    expect(new Client(p, true).post("/post/", {}).status_code).toBe(403);
  });

  it("sets the cookie when a form renders {% csrf_token %}, and accepts the form's token", () => {
    const c = client(setupProject());
    const page = c.get("/form/");
    const token = tokenOf(page.content);
    expect(token).toHaveLength(64);
    expect(c.cookies["csrftoken"]).toHaveLength(64);
    expect(page.headers["Vary"]).toBe("Cookie");
    expect(c.post("/post/", { csrfmiddlewaretoken: token }).status_code).toBe(200);
    expect(c.post("/post/", {}, { headers: { "X-CSRFToken": token } }).status_code).toBe(200);
  });

  it("rejects with Django's reasons: no cookie, bad token, and logs them", async () => {
    const p = setupProject({ DEBUG: true });
    const c = client(p);
    const noCookie = c.post("/post/", { csrfmiddlewaretoken: "x" });
    expect(noCookie.status_code).toBe(403);
    expect(noCookie.content).toContain("CSRF verification failed. Request aborted.");
    expect(noCookie.content).toContain("CSRF cookie not set.");
    c.get("/form/");
    const forged = c.post("/post/", { csrfmiddlewaretoken: "a".repeat(64) });
    expect(forged.content).toContain("CSRF token missing or incorrect.");
    const { activity } = await p.request({ method: "POST", path: "/post/" });
    expect(activity.log).toEqual([{ logger: "django.security.csrf", level: "warning", message: "Forbidden (CSRF cookie not set.): /post/" }]);
  });

  it("hides the reason when DEBUG is off, and skips csrf_exempt views", () => {
    const c = client(setupProject());
    const response = c.post("/post/");
    expect(response.content).not.toContain("CSRF cookie not set.");
    expect(response.content).toContain("More information is available with DEBUG=True.");
    expect(c.post("/hook/").status_code).toBe(200);
  });

  it("checks the Referer over HTTPS against the host and CSRF_TRUSTED_ORIGINS", async () => {
    const p = setupProject({ ALLOWED_HOSTS: ["example.com"], CSRF_TRUSTED_ORIGINS: [".trusted.org"] });
    const page = await p.request({ method: "GET", path: "/form/", headers: { Host: "example.com" } });
    const token = tokenOf(page.response.content);
    const cookie = `csrftoken=${page.response.cookies["csrftoken"]!.value}`;
    const post = async (referer?: string) => (await p.handle(new (await import("../../../../sandbox/framework")).HttpRequest({
      method: "POST", path: "/post/", secure: true, body: `csrfmiddlewaretoken=${token}`,
      headers: { Host: "example.com", Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", ...(referer ? { Referer: referer } : {}) },
    }))).content;
    expect(await post("https://example.com/form/")).toBe("posted");
    expect(await post("https://api.trusted.org/")).toBe("posted");
    expect(await post()).toContain("Forbidden");
  });
});

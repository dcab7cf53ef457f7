import { describe, expect, it } from "vitest";
import { Engine, HttpResponse, type HttpRequest } from "../../../../sandbox/framework";
import { Session } from "../../../../sandbox/framework/contrib/sessions/models";
import { client, makeProject } from "../middleware/project";

const views = {
  "count/": (request: HttpRequest) => {
    const n = Number(request.session.get("n", 0)) + 1;
    request.session.set("n", n);
    return new HttpResponse(String(n));
  },
  "read/": (request: HttpRequest) => new HttpResponse(String(request.session.get("n", "none"))),
  // As a template reads the session in Django: request.session.n is session["n"], a missing key renders nothing.
  "shown/": (request: HttpRequest) => new HttpResponse(new Engine().from_string("n={{ request.session.n }} cart={{ request.session.cart }}").render({ request })),
  "flush/": (request: HttpRequest) => {
    request.session.flush();
    return new HttpResponse("bye");
  },
  "cycle/": (request: HttpRequest) => {
    request.session.cycle_key();
    return new HttpResponse("cycled");
  },
  "short/": (request: HttpRequest) => {
    request.session.set_expiry(0);
    request.session.set("n", 1);
    return new HttpResponse("ok");
  },
};

describe.each(["mvt.contrib.sessions.backends.db", "mvt.contrib.sessions.backends.signed_cookies"])("sessions with %s", (engine) => {
  it("keeps data between requests, under an httponly, SameSite=Lax cookie", () => {
    const c = client(makeProject(views, { SESSION_ENGINE: engine }));
    expect(c.get("/count/").content).toBe("1");
    const response = c.get("/count/");
    expect(response.content).toBe("2");
    expect(response.cookie_headers()[0]).toMatch(/^sessionid=\S+; expires=.*; HttpOnly; Max-Age=1209600; Path=\/; SameSite=Lax$/);
    expect(response.headers["Vary"]).toBe("Cookie");
  });

  it("is read by key in templates, as request.session.n", () => {
    const c = client(makeProject(views, { SESSION_ENGINE: engine }));
    expect(c.get("/shown/").content).toBe("n= cart=");
    c.get("/count/");
    expect(c.get("/shown/").content).toBe("n=1 cart=");
  });

  it("does not set a cookie when nothing was written", () => {
    const c = client(makeProject(views, { SESSION_ENGINE: engine }));
    expect(c.get("/read/").cookie_headers()).toEqual([]);
  });

  it("flush deletes the cookie; a tampered cookie gives an empty session", () => {
    const c = client(makeProject(views, { SESSION_ENGINE: engine }));
    c.get("/count/");
    expect(c.get("/flush/").cookie_headers()[0]).toMatch(/^sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=\/; SameSite=Lax$/);
    c.get("/count/");
    c.cookies["sessionid"] = c.cookies["sessionid"]!.slice(0, -2) + "xx";
    expect(c.get("/read/").content).toBe("none");
  });

  it("set_expiry(0) makes a browser-session cookie", () => {
    const c = client(makeProject(views, { SESSION_ENGINE: engine }));
    expect(c.get("/short/").cookie_headers()[0]).not.toMatch(/Max-Age/);
  });
});

describe("database sessions", () => {
  it("cycle_key keeps the data under a new key and deletes the old row", () => {
    const p = makeProject(views);
    const c = client(p);
    c.get("/count/");
    const before = c.cookies["sessionid"];
    c.get("/cycle/");
    expect(c.cookies["sessionid"]).not.toBe(before);
    expect(c.get("/read/").content).toBe("1");
    expect(Session.objects.filter({ session_key: before }).exists()).toBe(false);
  });

  it("expired sessions load empty", () => {
    const p = makeProject(views);
    const c = client(p);
    c.get("/count/");
    Session.objects.all().update({ expire_date: new Date(Date.now() - 1000) });
    expect(c.get("/read/").content).toBe("none");
  });
});

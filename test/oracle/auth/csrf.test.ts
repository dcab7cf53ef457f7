/** CsrfViewMiddleware accepts and rejects the same requests as Django's. */
import { beforeAll, describe, expect, it } from "vitest";
import { HttpRequest, HttpResponse } from "../../../sandbox/framework";
import { configure } from "../../../sandbox/framework/conf/settings";
import { begin_activity } from "../../../sandbox/framework/handlers/activity";
import { CsrfViewMiddleware, get_token } from "../../../sandbox/framework/middleware/csrf";
import { django, djangoAvailable, SECRET_KEY } from "./django";

const available = djangoAvailable();

interface Case {
  name: string;
  method: string;
  path: string;
  cookies?: Record<string, string>;
  data?: Record<string, string>;
  headers?: Record<string, string>;
  secure?: boolean;
  trusted?: string[];
}

const SETTINGS = { SECRET_KEY, ALLOWED_HOSTS: ["testserver", "example.com"] };

/** mvt's decision: "accept", or the reason it rejected. */
function mvt(c: Case): string {
  configure({ ...SETTINGS, CSRF_TRUSTED_ORIGINS: c.trusted ?? [] });
  const activity = begin_activity();
  const body = new URLSearchParams(c.data ?? {}).toString();
  const cookie = Object.entries(c.cookies ?? {}).map(([k, v]) => `${k}=${v}`).join("; ");
  const request = new HttpRequest({
    method: c.method, path: c.path, body, secure: c.secure ?? false,
    headers: { ...(c.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}), ...(cookie ? { Cookie: cookie } : {}), ...c.headers },
  });
  const middleware = new CsrfViewMiddleware(() => new HttpResponse("ok"));
  middleware.process_request(request);
  const response = middleware.process_view(request, () => new HttpResponse("ok"));
  return response === null ? "accept" : (/^Forbidden \((.*)\): /.exec(activity.log[0]?.message ?? "")?.[1] ?? "?");
}

/** A masked form token for `cookie` (a fresh secret when the cookie is invalid), made by mvt. */
function form_token(cookie: string): string {
  configure(SETTINGS);
  const request = new HttpRequest({ headers: { Cookie: `csrftoken=${cookie}` } });
  new CsrfViewMiddleware(() => new HttpResponse()).process_request(request);
  return get_token(request);
}

describe.skipIf(!available)("CSRF decisions match Django", () => {
  let cases: Case[] = [];

  beforeAll(() => {
    // A cookie value mvt itself would set: a masked token for a fresh secret.
    const cookie = form_token("");
    const token = form_token(cookie);
    const legacy = "a".repeat(32);
    const post = (extra: Partial<Case>): Case => ({ name: "", method: "POST", path: "/submit/", cookies: { csrftoken: cookie }, data: { csrfmiddlewaretoken: token }, ...extra });
    const https = (referer: string | undefined, extra: Partial<Case> = {}) => post({ secure: true, headers: { Host: "example.com", ...(referer ? { Referer: referer } : {}) }, ...extra });
    cases = [
      { name: "GET without a cookie", method: "GET", path: "/" },
      post({ name: "POST with cookie and form token" }),
      post({ name: "POST without a cookie", cookies: {} }),
      post({ name: "POST with a forged token", data: { csrfmiddlewaretoken: "b".repeat(64) } }),
      post({ name: "POST with a short token", data: { csrfmiddlewaretoken: "abc" } }),
      post({ name: "POST with no token", data: {} }),
      post({ name: "POST with the token in X-CSRFToken", data: {}, headers: { "X-CSRFToken": token } }),
      post({ name: "POST with a legacy 32-character cookie", cookies: { csrftoken: legacy }, data: { csrfmiddlewaretoken: form_token(legacy) } }),
      post({ name: "POST with a cookie of bad characters", cookies: { csrftoken: "!".repeat(64) } }),
      post({ name: "POST with the unmasked cookie as token", data: { csrfmiddlewaretoken: cookie } }),
      { name: "PUT with the header", method: "PUT", path: "/x/", cookies: { csrftoken: cookie }, headers: { "X-CSRFToken": token } },
      { name: "DELETE without a token", method: "DELETE", path: "/x/", cookies: { csrftoken: cookie } },
      { name: "OPTIONS without a cookie", method: "OPTIONS", path: "/x/" },
      https(undefined, { name: "HTTPS without a Referer" }),
      https("http://example.com/form/", { name: "HTTPS with an insecure Referer" }),
      https("nonsense", { name: "HTTPS with a malformed Referer" }),
      https("https://evil.com/form/", { name: "HTTPS with a foreign Referer" }),
      https("https://example.com/form/", { name: "HTTPS with the site's Referer" }),
      https("https://api.partner.org/", { name: "HTTPS with a trusted Referer", trusted: [".partner.org"] }),
      https("https://example.com/form/", { name: "HTTPS, good Referer, forged token", data: { csrfmiddlewaretoken: "c".repeat(64) } }),
    ];
  });

  it("for every case", () => {
    const expected = django(cases.map((c) => ({ op: "csrf", ...c }))).map((r) => r.ok ?? r.error);
    const actual = cases.map(mvt);
    expect(cases.map((c, i) => `${c.name}: ${actual[i]}`)).toEqual(cases.map((c, i) => `${c.name}: ${String(expected[i])}`));
  });
});

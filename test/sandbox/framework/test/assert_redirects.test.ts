/** TestCase.assertRedirects with Django's semantics and messages (django/test/testcases.py, 3.2). */
import { describe, expect, it } from "vitest";
import { Client, HttpResponse, HttpResponseRedirect, login_required, TestCase, type HttpRequest } from "../../../../sandbox/framework";
import { User } from "../../../../sandbox/framework/contrib/auth/models";
import { makeProject } from "../middleware/project";

function testCase() {
  const project = makeProject({
    "go/": () => new HttpResponseRedirect("/private/"),
    "relative/": () => new HttpResponseRedirect("../private/"),
    "query/": () => new HttpResponseRedirect("/private/?b=2&a=1"),
    "gone/": () => new HttpResponseRedirect("/nowhere/"),
    "here/": () => new HttpResponse("here"),
    "private/": login_required((request: HttpRequest) => new HttpResponse(`hello ${(request.user as User).username}`)),
  });
  const user = User.objects.create({ username: "ann" });
  return { test: new TestCase(project), user, project };
}

const message = (run: () => void): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "passed";
};

describe("assertRedirects", () => {
  it("fetches the target with the client that made the response, not this.client", () => {
    const { test, user, project } = testCase();
    const ann = new Client(project);
    ann.force_login(user);
    expect(message(() => test.assertRedirects(ann.get("/go/"), "/private/"))).toBe("passed");
    // this.client is anonymous: the same target is a redirect to the login page for it.
    expect(message(() => test.assertRedirects(test.client.get("/go/"), "/private/"))).toBe(
      "Couldn't retrieve redirection page '/private/': response code was 302 (expected 200)");
  });

  it("skips the target when fetch_redirect_response is false, and checks only the redirect", () => {
    const { test } = testCase();
    expect(message(() => test.assertRedirects(test.client.get("/gone/"), "/nowhere/", { fetch_redirect_response: false }))).toBe("passed");
    expect(message(() => test.assertRedirects(test.client.get("/gone/"), "/nowhere/"))).toBe(
      "Couldn't retrieve redirection page '/nowhere/': response code was 404 (expected 200)");
  });

  it("says what went wrong as Django does", () => {
    const { test } = testCase();
    expect(message(() => test.assertRedirects(test.client.get("/here/"), "/private/"))).toBe(
      "Response didn't redirect as expected: Response code was 200 (expected 302)");
    expect(message(() => test.assertRedirects(test.client.get("/go/"), "/private/", { status_code: 301 }))).toBe(
      "Response didn't redirect as expected: Response code was 302 (expected 301)");
    expect(message(() => test.assertRedirects(test.client.get("/go/"), "/elsewhere/", { fetch_redirect_response: false }))).toBe(
      "Response redirected to '/private/', expected '/elsewhere/'");
  });

  it("follows a followed response's chain and checks its last page", () => {
    const { test, user } = testCase();
    test.client.force_login(user);
    expect(message(() => test.assertRedirects(test.client.get("/go/", {}, { follow: true }), "/private/"))).toBe("passed");
    expect(message(() => test.assertRedirects(test.client.get("/gone/", {}, { follow: true }), "/nowhere/"))).toBe(
      "Response didn't redirect as expected: Final Response code was 404 (expected 200)");
  });

  it("resolves a relative Location against the request's path, and compares query strings as sets", () => {
    const { test } = testCase();
    expect(message(() => test.assertRedirects(test.client.get("/relative/"), "/private/", { target_status_code: 302 }))).toBe("passed");
    expect(message(() => test.assertRedirects(test.client.get("/query/"), "/private/?a=1&b=2", { target_status_code: 302 }))).toBe("passed");
  });
});

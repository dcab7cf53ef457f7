import { Client, TestCase, auth, type RequestData, type TestResponse } from "mvt";

/**
 * Submits the POST form on `page` whose action contains `action`, as a browser does: to its
 * action (or, without one, to the page's own URL), with its hidden inputs and `fields`.
 */
function submit(client: Client, page: TestResponse, action: string, fields: RequestData): TestResponse {
  for (const [, attributes = "", inner = ""] of page.content.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const target = attrs(attributes)["action"] || page.request.get_full_path();
    if (!/method="post"/i.test(attributes) || !target.includes(action)) continue;
    const hidden: RequestData = {};
    for (const [, input = ""] of inner.matchAll(/<input\b([^>]*)>/g)) {
      const { type, name, value } = attrs(input);
      if (type === "hidden" && name) hidden[name] = value ?? "";
    }
    return client.post(target, { ...hidden, ...fields });
  }
  throw new Error(`${page.request.path} has no POST form sent to ${action}.`);
}

/** An element's attributes, with &amp; and friends decoded. */
function attrs(source: string): Record<string, string> {
  const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return Object.fromEntries([...source.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name, decode(value)]));
}

export default class LoginChecks extends TestCase {
  static fixtures = ["blog.json"];

  /** A client that checks CSRF as a browser's requests are checked (Django's enforce_csrf_checks=True). */
  browser(): Client {
    return new Client(this.project, true);
  }

  ada(): auth.User {
    return auth.User.objects.get({ username: "ada" });
  }

  test_a_visitor_is_sent_to_log_in_first() {
    const response = this.client.get("/drafts/");
    this.assertRedirects(response, "/accounts/login/?next=/drafts/");
  }

  test_a_member_sees_the_drafts() {
    this.client.force_login(this.ada());
    const response = this.client.get("/drafts/");
    this.assertContains(response, "Middleware, layer by layer");
    this.assertContains(response, "Signed in as ada.");
  }

  test_logging_in_goes_back_to_the_page_asked_for() {
    const browser = this.browser();
    const page = browser.get("/drafts/", {}, { follow: true });
    this.assertEqual(page.request.get_full_path(), "/accounts/login/?next=/drafts/", "/drafts/ did not lead to the login page.");
    const wrong = submit(browser, page, "/accounts/login/", { username: "ada", password: "babbage" });
    this.assertContains(wrong, "Please enter a correct username and password.");
    const response = submit(browser, page, "/accounts/login/", { username: "ada", password: "lovelace-1815" });
    this.assertEqual([response.status_code, response.headers["Location"]], [302, "/drafts/"], "A correct login did not redirect to /drafts/.");
    this.assertContains(browser.get("/drafts/"), "Signed in as ada.");
  }

  test_the_home_page_greets_the_user_by_name() {
    this.assertContains(this.client.get("/"), '<a href="/accounts/login/">Log in</a>');
    this.client.force_login(this.ada());
    const response = this.client.get("/");
    this.assertContains(response, "Hello, ada.");
    this.assertNotContains(response, '<a href="/accounts/login/">Log in</a>');
  }

  test_the_log_out_button_logs_out() {
    const browser = this.browser();
    browser.force_login(this.ada());
    const response = submit(browser, browser.get("/"), "/accounts/logout/", {});
    this.assertRedirects(response, "/");
    this.assertRedirects(browser.get("/drafts/"), "/accounts/login/?next=/drafts/");
  }
}

import { Client, TestCase } from "mvt";
import { Comment } from "./blog/models";

export default class CommentFormChecks extends TestCase {
  static fixtures = ["blog.json"];

  /** A client that checks CSRF as a browser's requests are checked (Django's enforce_csrf_checks=True). */
  browser(): Client {
    return new Client(this.project, true);
  }

  test_a_post_without_the_csrf_token_is_forbidden() {
    const response = this.browser().post("/blog/1/", { name: "Mallory", body: "Sent from another site" });
    this.assertEqual(response.status_code, 403);
    this.assertEqual(Comment.objects.count(), 2);
  }

  test_the_form_sends_its_csrf_token() {
    const browser = this.browser();
    const page = browser.get("/blog/1/");
    const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page.content)?.[1];
    if (token === undefined) this.fail("The comment form has no hidden csrfmiddlewaretoken field: add {% csrf_token %} inside the <form>.");
    const response = browser.post("/blog/1/", { csrfmiddlewaretoken: token, name: "Ada", body: "With the token, from this page." });
    this.assertNotEqual(response.status_code, 403, "The POST with the page's token was refused (403).");
    this.assertEqual(Comment.objects.filter({ name: "Ada" }).count(), 1);
  }

  test_a_valid_comment_is_saved_then_redirected() {
    const response = this.client.post("/blog/1/", { name: "Ada", body: "Short and valid." });
    this.assertRedirects(response, "/blog/1/");
    this.assertEqual(Comment.objects.filter({ post_id: 1, name: "Ada", body: "Short and valid." }).count(), 1);
    this.assertContains(this.client.get("/blog/1/"), "<strong>Ada</strong>: Short and valid.");
  }

  test_an_invalid_comment_shows_its_errors_and_is_not_saved() {
    const response = this.client.post("/blog/1/", { name: "Ada", body: "" });
    this.assertContains(response, "This field is required.", { count: 1 });
    this.assertContains(response, 'value="Ada"');
    const long = this.client.post("/blog/1/", { name: "A".repeat(81), body: "Too long a name." });
    this.assertContains(long, "Ensure this value has at most 80 characters (it has 81).");
    this.assertEqual(Comment.objects.count(), 2);
  }
}

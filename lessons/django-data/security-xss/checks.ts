import { TestCase, auth } from "mvt";

export default class SecurityChecks extends TestCase {
  static fixtures = ["comments.json"];

  log_in(username: string) {
    this.client.force_login(auth.User.objects.get({ username }));
  }

  test_a_stored_script_is_shown_as_text() {
    const response = this.client.get("/comments/");
    this.assertContains(response, "Me too!&lt;script&gt;document.querySelector(`h1`)");
    this.assertNotContains(response, "<script>");
  }

  test_a_new_comment_cannot_run_scripts() {
    this.log_in("mallory");
    const response = this.client.post("/comments/add/", { text: "<script>alert(1)</script> & <b>bold</b>" }, { follow: true });
    this.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    this.assertNotContains(response, "<script>alert(1)</script>");
  }

  test_visitors_must_log_in_to_delete() {
    const response = this.client.post("/comments/1/delete/");
    this.assertRedirects(response, "/accounts/login/?next=/comments/1/delete/");
    this.assertContains(this.client.get("/comments/"), 'id="comment-1"');
  }

  test_only_the_author_can_delete_a_comment() {
    this.log_in("mallory");
    const refused = this.client.post("/comments/1/delete/");
    this.assertEqual(refused.status_code, 403, "mallory deleting ada's comment should be refused with 403 Forbidden");
    this.assertContains(this.client.get("/comments/"), 'id="comment-1"');
    this.log_in("ada");
    this.assertRedirects(this.client.post("/comments/1/delete/"), "/comments/");
    this.assertNotContains(this.client.get("/comments/"), 'id="comment-1"');
  }
}

import { TestCase, reverse, type TestResponse } from "mvt";

/** Every href on a page, in order. */
function links(response: TestResponse): string[] {
  return [...response.content.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? "");
}

export default class UrlRoutingChecks extends TestCase {
  static fixtures = ["blog.json"];

  test_reverse_finds_the_blog_pages_by_name() {
    this.assertEqual(reverse("blog:post_list"), "/blog/");
    this.assertEqual(reverse("blog:post_detail", { args: [3] }), "/blog/3/");
  }

  test_every_link_on_the_blog_works() {
    const pages = ["/blog/", "/blog/1/"];
    for (const page of pages) {
      const response = this.client.get(page);
      this.assertEqual(response.status_code, 200, `${page} answered ${response.status_code}`);
      for (const href of links(response)) {
        const status = this.client.get(href).status_code;
        this.assertEqual(status, 200, `the link to ${href} on ${page} answered ${status}`);
      }
    }
    this.assertContains(this.client.get("/blog/"), '<a href="/blog/3/">What a JOIN costs</a>');
  }

  test_a_category_page_lists_its_posts_in_two_queries() {
    this.assertEqual(reverse("blog:category", { args: ["databases"] }), "/blog/category/databases/");
    const response = this.assertNumQueries(2, () => this.client.get("/blog/category/databases/"));
    this.assertContains(response, "<h1>Databases</h1>");
    this.assertContains(response, "What a JOIN costs");
    this.assertContains(response, "Indexes, briefly");
    this.assertNotContains(response, "Cookies and sessions");
  }

  test_the_list_links_each_category() {
    const response = this.client.get("/blog/");
    this.assertContains(response, '<a href="/blog/category/databases/">Databases</a>');
    this.assertContains(response, '<a href="/blog/category/web-basics/">Web basics</a>');
  }

  test_a_missing_post_or_category_is_a_404() {
    for (const page of ["/blog/999/", "/blog/category/poetry/", "/blog/category/not%20a%20slug/"]) {
      const status = this.client.get(page).status_code;
      this.assertEqual(status, 404, `${page} answered ${status}`);
    }
  }
}

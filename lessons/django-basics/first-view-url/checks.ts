import { TestCase, reverse } from "mvt";

export default class FirstViewChecks extends TestCase {
  static fixtures = ["books.json"];

  test_reverse_builds_the_detail_url() {
    this.assertEqual(reverse("books:detail", { args: [1] }), "/books/1/");
  }

  test_the_detail_page_shows_the_book() {
    const response = this.client.get("/books/1/");
    this.assertContains(response, "<h1>Dune</h1>");
    this.assertContains(response, "Frank Herbert");
  }

  test_a_missing_book_is_a_404() {
    this.assertEqual(this.client.get("/books/999/").status_code, 404);
    this.assertEqual(this.client.get("/books/dune/").status_code, 404);
  }

  test_the_list_links_to_each_book() {
    const response = this.client.get("/books/");
    this.assertContains(response, '<a href="/books/1/">Dune</a>');
    this.assertContains(response, '<a href="/books/10/">Ubik</a>');
  }
}

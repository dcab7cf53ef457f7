import { TestCase, cache } from "mvt";

export default class CachingChecks extends TestCase {
  static fixtures = ["shop.json"];

  // As in Django, the cache is not part of the test database: empty it around each check.
  override setUp() {
    cache.clear();
  }

  override tearDown() {
    cache.clear();
  }

  test_the_page_shows_the_numbers() {
    const response = this.client.get("/shop/");
    this.assertContains(response, '<dd id="books">12</dd>');
    this.assertContains(response, '<dd id="authors">6</dd>');
    this.assertContains(response, '<dd id="sold">42400</dd>');
    this.assertContains(response, '<dd id="best-seller">Foundation by Isaac Asimov</dd>');
    this.assertContains(response, '<dd id="newest">Ancillary Justice</dd>');
  }

  test_a_second_visit_costs_no_queries() {
    this.client.get("/shop/");
    const again = this.assertNumQueries(0, () => this.client.get("/shop/"));
    this.assertContains(again, '<dd id="sold">42400</dd>');
  }

  test_a_sale_shows_on_the_next_visit() {
    this.assertContains(this.client.get("/shop/"), '<dd id="sold">42400</dd>');
    const sold = this.client.post("/shop/books/1/sell/");
    this.assertRedirects(sold, "/shop/");
    this.assertContains(this.client.get("/shop/"), '<dd id="sold">42401</dd>');
  }
}

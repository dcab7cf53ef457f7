import { TestCase } from "mvt";

export default class BookListChecks extends TestCase {
  static fixtures = ["books.json"];

  test_the_list_shows_every_book_with_its_author() {
    const response = this.client.get("/books/");
    this.assertContains(response, "Dune");
    this.assertContains(response, "Frank Herbert");
    this.assertContains(response, "Philip K. Dick");
  }

  test_the_list_page_costs_one_query() {
    this.assertNumQueries(1, () => this.client.get("/books/"));
  }
}

import { TestCase } from "mvt";

export default class AuthorListChecks extends TestCase {
  static fixtures = ["books.json"];

  test_each_author_is_listed_with_their_books() {
    const response = this.client.get("/authors/");
    this.assertContains(response, "Frank Herbert: Dune");
    this.assertContains(response, "Philip K. Dick: Ubik");
  }

  test_the_page_costs_two_queries() {
    this.assertNumQueries(2, () => this.client.get("/authors/"));
  }
}

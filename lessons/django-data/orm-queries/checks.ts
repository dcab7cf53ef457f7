import { TestCase, type TestResponse } from "mvt";

/** The text of each <li> on the page, in order. */
function items(response: TestResponse): string[] {
  return [...response.content.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? "");
}

export default class OrmQueryChecks extends TestCase {
  static fixtures = ["books.json"];

  test_search_matches_titles() {
    const response = this.client.get("/books/", { q: "dune" });
    this.assertEqual(items(response), ["Dune by Frank Herbert (1965)", "Dune Messiah by Frank Herbert (1969)"]);
  }

  test_search_matches_author_names_too() {
    const response = this.client.get("/books/", { q: "le guin" });
    this.assertEqual(items(response), [
      "A Wizard of Earthsea by Ursula K. Le Guin (1968)",
      "The Dispossessed by Ursula K. Le Guin (1974)",
      "The Left Hand of Darkness by Ursula K. Le Guin (1969)",
    ]);
  }

  test_reprint_lists_sold_out_books_still_in_print() {
    const response = this.client.get("/books/reprint/");
    this.assertEqual(items(response), [
      "Dune: 5000 sold of 5000 printed",
      "Kindred: 2600 sold of 2500 printed",
      "The Left Hand of Darkness: 4100 sold of 4000 printed",
      "The Player of Games: 3000 sold of 3000 printed",
    ]);
  }

  test_popular_authors_are_ranked_by_their_number_of_books() {
    const response = this.client.get("/books/popular-authors/");
    this.assertEqual(items(response), [
      "Iain M. Banks: 3 books",
      "Ursula K. Le Guin: 3 books",
      "Frank Herbert: 2 books",
      "Isaac Asimov: 2 books",
      "Ann Leckie: 1 book",
      "Octavia E. Butler: 1 book",
    ]);
  }

  test_popular_authors_cost_one_query() {
    this.assertNumQueries(1, () => this.client.get("/books/popular-authors/"));
  }
}

import { Client, TestCase } from "mvt";

const json = { content_type: "application/json" };

export default class JsonApiChecks extends TestCase {
  static fixtures = ["books.json"];

  test_the_list_is_json() {
    const response = this.client.get("/api/books/");
    this.assertEqual(response.status_code, 200);
    this.assertEqual(response.headers.get("Content-Type"), "application/json");
    this.assertEqual(response.json(), {
      books: [
        { id: 1, title: "Dune", author: "Frank Herbert", published: 1965 },
        { id: 2, title: "Foundation", author: "Isaac Asimov", published: 1951 },
        { id: 3, title: "Kindred", author: "Octavia E. Butler", published: 1979 },
      ],
    });
  }

  test_a_missing_book_is_a_json_404() {
    const response = this.client.get("/api/books/999/");
    this.assertEqual(response.status_code, 404);
    this.assertEqual(response.headers.get("Content-Type"), "application/json", "a missing book should answer JSON, not an HTML page");
    this.assertIn("error", response.json(), 'the 404 should say what went wrong, e.g. {"error": "No book with id 999."}');
  }

  test_the_wrong_method_is_a_405() {
    const deleted = this.client.delete("/api/books/1/");
    this.assertEqual(deleted.status_code, 405, "DELETE /api/books/1/ should not be allowed");
    this.assertEqual(deleted.headers.get("Allow"), "GET");
    const put = this.client.put("/api/books/", { title: "Dune" });
    this.assertEqual(put.status_code, 405, "PUT /api/books/ should not be allowed");
    this.assertEqual(put.headers.get("Allow"), "GET, POST");
  }

  test_posting_json_creates_a_book() {
    const response = this.client.post("/api/books/", { title: "The Dispossessed", author: "Ursula K. Le Guin", published: 1974 }, json);
    this.assertEqual(response.status_code, 201, "a created book answers 201 Created");
    this.assertEqual(response.json(), { id: 4, title: "The Dispossessed", author: "Ursula K. Le Guin", published: 1974 });
    this.assertEqual(this.client.get("/api/books/4/").json(), { id: 4, title: "The Dispossessed", author: "Ursula K. Le Guin", published: 1974 });
  }

  test_invalid_data_is_a_400_with_errors() {
    const response = this.client.post("/api/books/", { title: " ", published: "soon" }, json);
    this.assertEqual(response.status_code, 400);
    this.assertEqual(response.json(), {
      errors: { title: ["This field is required."], author: ["This field is required."], published: ["Enter a whole number."] },
    });
    this.assertEqual(this.client.post("/api/books/", "{not json", json).status_code, 400, "a body that is not JSON is a 400 too");
    this.assertEqual(this.client.get("/api/books/").json(), { books: [
      { id: 1, title: "Dune", author: "Frank Herbert", published: 1965 },
      { id: 2, title: "Foundation", author: "Isaac Asimov", published: 1951 },
      { id: 3, title: "Kindred", author: "Octavia E. Butler", published: 1979 },
    ] }, "nothing should be created from invalid data");
  }

  test_api_clients_can_post_without_a_csrf_token() {
    const api_client = new Client(this.project, true); // Django: Client(enforce_csrf_checks=True)
    const response = api_client.post("/api/books/", { title: "Kindred", author: "Octavia E. Butler", published: 1979 }, json);
    this.assertEqual(response.status_code, 201, "a POST from a script has no CSRF cookie: exempt the API view");
  }
}

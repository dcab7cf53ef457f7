import { Client, TestCase } from "mvt";

export default class MiddlewareChecks extends TestCase {
  static fixtures = ["blog.json"];

  /** The X-Request-Count header of a GET to `path`. */
  count(client: Client, path: string): string | undefined {
    const response = client.get(path);
    this.assertNotEqual(response.status_code, 500, `GET ${path} failed with a server error (500).`);
    return response.headers["X-Request-Count"];
  }

  test_every_response_has_an_x_request_count_header() {
    for (const path of ["/", "/1/", "/no-such-page/"]) {
      const header = this.count(new Client(this.project), path);
      if (header === undefined) this.fail(`The response to GET ${path} has no X-Request-Count header.`);
      this.assertTrue(/^\d+$/.test(header), `X-Request-Count should be a number, not ${JSON.stringify(header)}.`);
    }
  }

  test_the_count_goes_up_with_each_request() {
    this.assertEqual([this.count(this.client, "/"), this.count(this.client, "/2/"), this.count(this.client, "/")], ["1", "2", "3"]);
  }

  test_each_visitor_has_their_own_count() {
    const other = new Client(this.project);
    this.assertEqual([this.count(this.client, "/"), this.count(this.client, "/")], ["1", "2"]);
    this.assertEqual(this.count(other, "/"), "1");
    this.assertEqual(this.count(this.client, "/"), "3");
  }
}

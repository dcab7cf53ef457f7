/** Exceptions a view raises to get an error response, as in Django's http module. */

/** Raise in a view to answer 404 Not Found: `throw new Http404("No Book matches the given query.")`. */
export class Http404 extends Error {
  constructor(message = "") {
    super(message);
    this.name = "Http404";
  }
}

import type { GetResponse, HttpRequest, HttpResponse } from "mvt";

/** Counts each visitor's requests in their session, and says so in an X-Request-Count header. */
export function request_counter(get_response: GetResponse) {
  // Runs once, when the project loads: one-time set-up goes here.

  return function middleware(request: HttpRequest) {
    // Runs for each request, before the view (and before the middleware listed after this one).
    const count = Number(request.session.get("request_count", 0)) + 1;
    request.session.set("request_count", count);

    const response = get_response(request) as HttpResponse;

    // Runs for each response, after the view, on its way back out.
    response.headers["X-Request-Count"] = String(count);
    return response;
  };
}

import { HttpRequest, JsonResponse, csrf_exempt, require_GET, require_http_methods } from "mvt";
import { Book } from "./models";
import { clean_book } from "./validation";

/** GET /api/books/: every book, as JSON. POST /api/books/: a new book, from a JSON body. */
export const book_list = csrf_exempt(require_http_methods(["GET", "POST"])((request: HttpRequest) => {
  if (request.method === "POST") return create_book(request);
  const books = [...Book.objects.all()].map((book) => book.to_dict());
  return new JsonResponse({ books });
}));

/** GET /api/books/<pk>/: one book, as JSON. */
export const book_detail = require_GET((request: HttpRequest, { pk }: { pk: number }) => {
  const book = Book.objects.filter({ pk }).first();
  if (!book) return new JsonResponse({ error: `No book with id ${pk}.` }, { status: 404 });
  return new JsonResponse(book.to_dict());
});

function create_book(request: HttpRequest) {
  let data: unknown;
  try {
    data = JSON.parse(request.body);
  } catch {
    return new JsonResponse({ error: "The body is not valid JSON." }, { status: 400 });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return new JsonResponse({ error: "The body must be a JSON object." }, { status: 400 });
  }
  const { cleaned, errors } = clean_book(data as Record<string, unknown>);
  if (Object.keys(errors).length > 0) return new JsonResponse({ errors }, { status: 400 });
  const book = Book.objects.create({ ...cleaned });
  return new JsonResponse(book.to_dict(), { status: 201 });
}

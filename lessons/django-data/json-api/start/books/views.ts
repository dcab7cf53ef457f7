import { HttpRequest, JsonResponse, get_object_or_404 } from "mvt";
import { Book } from "./models";

/** GET /api/books/: every book, as JSON. */
export function book_list(request: HttpRequest) {
  const books = [...Book.objects.all()].map((book) => book.to_dict());
  return new JsonResponse({ books });
}

/** GET /api/books/<pk>/: one book, as JSON. */
export function book_detail(request: HttpRequest, { pk }: { pk: number }) {
  const book = get_object_or_404(Book, { pk });
  return new JsonResponse(book.to_dict());
}

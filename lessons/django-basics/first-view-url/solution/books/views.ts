import { HttpRequest, render, get_object_or_404 } from "mvt";
import { Book } from "./models";

export function book_list(request: HttpRequest) {
  const books = Book.objects.select_related("author");
  return render(request, "books/list.html", { books });
}

export function book_detail(request: HttpRequest, { pk }: { pk: number }) {
  const book = get_object_or_404(Book, { pk });
  return render(request, "books/detail.html", { book });
}

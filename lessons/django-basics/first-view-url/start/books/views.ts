import { HttpRequest, render } from "mvt";
import { Book } from "./models";

export function book_list(request: HttpRequest) {
  const books = Book.objects.select_related("author");
  return render(request, "books/list.html", { books });
}

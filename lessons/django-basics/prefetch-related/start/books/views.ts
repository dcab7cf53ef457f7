import { HttpRequest, render } from "mvt";
import { Author, Book } from "./models";

export function book_list(request: HttpRequest) {
  const books = Book.objects.select_related("author");
  return render(request, "books/list.html", { books });
}

export function author_list(request: HttpRequest) {
  const authors = Author.objects.all();
  return render(request, "books/authors.html", { authors });
}

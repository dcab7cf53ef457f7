import { HttpRequest, render } from "mvt";
import { Author, Book } from "./models";

/** /books/?q=dune: the books whose title, or whose author's name, contains q. */
export function book_list(request: HttpRequest) {
  const q = (request.GET.get("q") ?? "").trim();
  let books = Book.objects.select_related("author");
  if (q) {
    books = books.filter({ title__icontains: q });
  }
  return render(request, "books/list.html", { books, q });
}

/** /books/reprint/: the books still in print that have sold every copy printed. */
export function reprint_list(request: HttpRequest) {
  const books = Book.objects.select_related("author");
  return render(request, "books/reprint.html", { books });
}

/** /books/popular-authors/: authors, the most books first. */
export function popular_authors(request: HttpRequest) {
  const authors = Author.objects.all();
  return render(request, "books/popular_authors.html", { authors });
}

import { HttpRequest, redirect, render, require_POST, get_object_or_404 } from "mvt";
import { Book } from "./models";
import { compute_stats } from "./stats";

/** /shop/: the front page's numbers. */
export function shop_stats(request: HttpRequest) {
  const stats = compute_stats();
  return render(request, "shop/stats.html", { stats });
}

/** /shop/books/: every book, each with a button that records a sale. */
export function book_list(request: HttpRequest) {
  const books = Book.objects.all();
  return render(request, "shop/books.html", { books });
}

/** POST /shop/books/<pk>/sell/: one more copy sold. */
export const sell = require_POST((request: HttpRequest, { pk }: { pk: number }) => {
  const book = get_object_or_404(Book, { pk });
  book.sold += 1;
  book.save();
  return redirect("shop:stats");
});

import { HttpRequest, cache, redirect, render, require_POST, get_object_or_404 } from "mvt";
import { Book } from "./models";
import { compute_stats, type ShopStats } from "./stats";

/** The cache key of the front page's numbers. */
const STATS_KEY = "shop:stats";

/** /shop/: the front page's numbers, from the cache when they are there. */
export function shop_stats(request: HttpRequest) {
  let stats = cache.get<ShopStats>(STATS_KEY);
  if (stats === undefined) {
    stats = compute_stats();
    cache.set(STATS_KEY, stats, 60 * 15);
  }
  return render(request, "shop/stats.html", { stats });
}

/** /shop/books/: every book, each with a button that records a sale. */
export function book_list(request: HttpRequest) {
  const books = Book.objects.all();
  return render(request, "shop/books.html", { books });
}

/** POST /shop/books/<pk>/sell/: one more copy sold, so the cached numbers are out of date. */
export const sell = require_POST((request: HttpRequest, { pk }: { pk: number }) => {
  const book = get_object_or_404(Book, { pk });
  book.sold += 1;
  book.save();
  cache.delete(STATS_KEY);
  return redirect("shop:stats");
});

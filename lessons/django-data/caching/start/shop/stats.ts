import { models } from "mvt";
import { Author, Book } from "./models";

/** The numbers on the shop's front page: plain data, so it can go in a cache as it is. */
export interface ShopStats {
  books: number;
  authors: number;
  sold: number;
  best_seller: string;
  newest: string;
}

/** Asks the database for every number on the page: five queries. */
export function compute_stats(): ShopStats {
  const best = Book.objects.select_related("author").order_by("-sold").first();
  const newest = Book.objects.order_by("-published").first();
  return {
    books: Book.objects.count(),
    authors: Author.objects.count(),
    sold: Number(Book.objects.aggregate({ total: models.Sum("sold") })["total"] ?? 0),
    best_seller: best ? `${best.title} by ${best.author.name}` : "none yet",
    newest: newest ? newest.title : "none yet",
  };
}

/** Subqueries over the outer query's own table: Django aliases the inner tables U0, U1, ... so their columns do not clash. */
import type { Scenario } from "../scenario";

export const SUBQUERIES: Scenario[] = [
  { name: "Subquery over the same table: another title by the same author",
    python: "list(Book.objects.annotate(other=Subquery(Book.objects.filter(author=OuterRef('author')).exclude(pk=OuterRef('pk')).values('title')[:1])).order_by('id').values_list('id', 'other'))",
    mvt: ({ Book, models }) => Book.objects.annotate({ other: models.Subquery(Book.objects.filter({ author: models.OuterRef("author") })
      .exclude({ pk: models.OuterRef("pk") }).values("title").slice(0, 1)) }).order_by("id").values_list("id", "other").toArray() },
  { name: "Exists over the same table: books with a later book by their author",
    python: "list(Book.objects.filter(Exists(Book.objects.filter(author=OuterRef('author'), published__gt=OuterRef('published')))).order_by('id').values_list('id', flat=True))",
    mvt: ({ Book, models }) => Book.objects.filter(models.Exists(Book.objects.filter({ author: models.OuterRef("author"), published__gt: models.OuterRef("published") })))
      .order_by("id").values_list("id", { flat: true }).toArray() },
  { name: "Subquery over the same table with a join inside",
    python: "list(Author.objects.annotate(pub=Subquery(Author.objects.filter(pk=OuterRef('pk')).values('publisher__name')[:1])).order_by('id').values_list('id', 'pub'))",
    mvt: ({ Author, models }) => Author.objects.annotate({ pub: models.Subquery(Author.objects.filter({ pk: models.OuterRef("pk") }).values("publisher__name").slice(0, 1)) })
      .order_by("id").values_list("id", "pub").toArray() },
  { name: "Subquery over the same table with a filter across a relation",
    python: "list(Book.objects.annotate(peer=Subquery(Book.objects.filter(author__publisher=OuterRef('author__publisher')).exclude(author=OuterRef('author')).order_by('id').values('id')[:1])).order_by('id').values_list('id', 'peer'))",
    mvt: ({ Book, models }) => Book.objects.annotate({ peer: models.Subquery(Book.objects.filter({ author__publisher: models.OuterRef("author__publisher") })
      .exclude({ author: models.OuterRef("author") }).order_by("id").values("id").slice(0, 1)) }).order_by("id").values_list("id", "peer").toArray() },
];

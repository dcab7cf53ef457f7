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
  { name: "Subquery of a grouped aggregate: each book's average stars",
    python: "list(Book.objects.annotate(avg=Subquery(Review.objects.filter(book=OuterRef('pk')).values('book').annotate(a=Avg('stars')).values('a'))).order_by('id').values_list('id', 'avg'))",
    mvt: ({ Book, Review, models }) => Book.objects.annotate({ avg: models.Subquery(Review.objects.filter({ book: models.OuterRef("pk") }).values("book")
      .annotate({ a: models.Avg("stars") }).values("a")) }).order_by("id").values_list("id", "avg").toArray() },
  { name: "exclude(Exists()): authors without books",
    python: "list(Author.objects.exclude(Exists(Book.objects.filter(author=OuterRef('pk')))).order_by('id').values_list('id', flat=True))",
    mvt: ({ Author, Book, models }) => Author.objects.exclude(models.Exists(Book.objects.filter({ author: models.OuterRef("pk") }))).order_by("id").values_list("id", { flat: true }).toArray() },
  { name: "OuterRef() in arithmetic: another book by the author within five years",
    python: "list(Book.objects.filter(Exists(Book.objects.filter(author=OuterRef('author'), published__gt=OuterRef('published') - 5).exclude(pk=OuterRef('pk')))).order_by('id').values_list('id', flat=True))",
    mvt: ({ Book, models }) => Book.objects.filter(models.Exists(Book.objects.filter({ author: models.OuterRef("author"), published__gt: models.OuterRef("published").sub(5) })
      .exclude({ pk: models.OuterRef("pk") }))).order_by("id").values_list("id", { flat: true }).toArray() },
  { name: "update() with a Subquery: each book's best stars as its pages",
    python: "Book.objects.update(pages=Subquery(Review.objects.filter(book=OuterRef('pk')).order_by('-stars').values('stars')[:1]))\nresult = list(Book.objects.order_by('id').values_list('id', 'pages'))",
    mvt: ({ Book, Review, models }) => {
      Book.objects.update({ pages: models.Subquery(Review.objects.filter({ book: models.OuterRef("pk") }).order_by("-stars").values("stars").slice(0, 1)) });
      return Book.objects.order_by("id").values_list("id", "pages").toArray();
    } },
];

/**
 * Subqueries inside subqueries: OuterRef(OuterRef("pk")) reaches two queries out, and
 * each level gets its own alias letter (Django: the middle query V0, the inner one U0).
 */
export const NESTED_SUBQUERIES: Scenario[] = [
  { name: "nested Subquery: per author, the best stars among their books' reviews (a Subquery in a Subquery's annotation)",
    python: "list(Author.objects.annotate(top=Subquery(Book.objects.filter(author=OuterRef('pk')).annotate(best=Subquery(Review.objects.filter(book=OuterRef('pk')).order_by('-stars', 'id').values('stars')[:1])).order_by('-best', 'id').values('best')[:1])).order_by('id').values_list('id', 'top'))",
    mvt: ({ Author, Book, Review, models }) => Author.objects.annotate({ top: models.Subquery(Book.objects.filter({ author: models.OuterRef("pk") })
      .annotate({ best: models.Subquery(Review.objects.filter({ book: models.OuterRef("pk") }).order_by("-stars", "id").values("stars").slice(0, 1)) })
      .order_by("-best", "id").values("best").slice(0, 1)) }).order_by("id").values_list("id", "top").toArray() },
  { name: "nested Subquery: OuterRef(OuterRef('pk')) in an Exists inside a Subquery",
    python: "list(Author.objects.annotate(reviewed=Subquery(Book.objects.filter(author=OuterRef('pk')).filter(Exists(Review.objects.filter(book=OuterRef('pk'), book__author=OuterRef(OuterRef('pk')), stars__gte=4))).order_by('id').values('title')[:1])).order_by('id').values_list('id', 'reviewed'))",
    mvt: ({ Author, Book, Review, models }) => Author.objects.annotate({ reviewed: models.Subquery(Book.objects.filter({ author: models.OuterRef("pk") })
      .filter(models.Exists(Review.objects.filter({ book: models.OuterRef("pk"), book__author: models.OuterRef(models.OuterRef("pk")), stars__gte: 4 })))
      .order_by("id").values("title").slice(0, 1)) }).order_by("id").values_list("id", "reviewed").toArray() },
  { name: "nested Subquery over the same table three times: a later book than the author's first, not this one",
    python: "list(Book.objects.annotate(other=Subquery(Book.objects.filter(author=OuterRef('author')).exclude(pk=OuterRef('pk')).filter(published__gt=Subquery(Book.objects.filter(author=OuterRef(OuterRef('author'))).order_by('published', 'id').values('published')[:1])).order_by('id').values('title')[:1])).order_by('id').values_list('id', 'other'))",
    mvt: ({ Book, models }) => Book.objects.annotate({ other: models.Subquery(Book.objects.filter({ author: models.OuterRef("author") }).exclude({ pk: models.OuterRef("pk") })
      .filter({ published__gt: models.Subquery(Book.objects.filter({ author: models.OuterRef(models.OuterRef("author")) }).order_by("published", "id").values("published").slice(0, 1)) })
      .order_by("id").values("title").slice(0, 1)) }).order_by("id").values_list("id", "other").toArray() },
  { name: "nested Exists in a filter: authors with a book that has a five-star review",
    python: "list(Author.objects.filter(Exists(Book.objects.filter(author=OuterRef('pk')).filter(Exists(Review.objects.filter(book=OuterRef('pk'), stars=5))))).order_by('id').values_list('id', flat=True))",
    mvt: ({ Author, Book, Review, models }) => Author.objects.filter(models.Exists(Book.objects.filter({ author: models.OuterRef("pk") })
      .filter(models.Exists(Review.objects.filter({ book: models.OuterRef("pk"), stars: 5 }))))).order_by("id").values_list("id", { flat: true }).toArray() },
  { name: "nested Subquery: an OuterRef(OuterRef()) across a relation of the outermost query",
    python: "list(Book.objects.annotate(peer=Subquery(Author.objects.filter(pk=OuterRef('author')).annotate(n=Subquery(Book.objects.filter(author__publisher=OuterRef(OuterRef('author__publisher'))).exclude(pk=OuterRef(OuterRef('pk'))).order_by('-id').values('id')[:1])).values('n')[:1])).order_by('id').values_list('id', 'peer'))",
    mvt: ({ Author, Book, models }) => Book.objects.annotate({ peer: models.Subquery(Author.objects.filter({ pk: models.OuterRef("author") })
      .annotate({ n: models.Subquery(Book.objects.filter({ author__publisher: models.OuterRef(models.OuterRef("author__publisher")) })
        .exclude({ pk: models.OuterRef(models.OuterRef("pk")) }).order_by("-id").values("id").slice(0, 1)) }).values("n").slice(0, 1)) })
      .order_by("id").values_list("id", "peer").toArray() },
  { name: "nested Subquery in the middle query's order_by",
    python: "list(Author.objects.annotate(b=Subquery(Book.objects.filter(author=OuterRef('pk')).order_by(Subquery(Review.objects.filter(book=OuterRef('pk')).order_by('-stars').values('stars')[:1]).desc(), 'id').values('id')[:1])).order_by('id').values_list('id', 'b'))",
    mvt: ({ Author, Book, Review, models }) => Author.objects.annotate({ b: models.Subquery(Book.objects.filter({ author: models.OuterRef("pk") })
      .order_by(models.Subquery(Review.objects.filter({ book: models.OuterRef("pk") }).order_by("-stars").values("stars").slice(0, 1)).desc(), "id")
      .values("id").slice(0, 1)) }).order_by("id").values_list("id", "b").toArray() },
  // Django resolves order_by() when the query is compiled, after the middle query was bound: the reference cannot reach out.
  { name: "OuterRef(OuterRef()) in the middle query's order_by raises ValueError, as in Django",
    python: "list(Author.objects.annotate(b=Subquery(Book.objects.filter(author=OuterRef('pk')).order_by(Subquery(Book.objects.filter(editor=OuterRef(OuterRef('pk'))).order_by('id').values('id')[:1]).desc(), 'id').values('id')[:1])).order_by('id').values_list('id', 'b'))",
    mvt: ({ Author, Book, models }) => Author.objects.annotate({ b: models.Subquery(Book.objects.filter({ author: models.OuterRef("pk") })
      .order_by(models.Subquery(Book.objects.filter({ editor: models.OuterRef(models.OuterRef("pk")) }).order_by("id").values("id").slice(0, 1)).desc(), "id")
      .values("id").slice(0, 1)) }).order_by("id").values_list("id", "b").toArray() },
  { name: "When(Exists()): a boolean expression as a Case condition",
    python: "list(Book.objects.annotate(k=Case(When(Exists(Review.objects.filter(book=OuterRef('pk'), stars=5)), then=Value('top')), default=Value('-'))).order_by('id').values_list('id', 'k'))",
    mvt: ({ Book, Review, models }) => Book.objects.annotate({ k: models.Case(models.When(models.Exists(Review.objects.filter({ book: models.OuterRef("pk"), stars: 5 })), { then: models.Value("top") }),
      { default: models.Value("-") }) }).order_by("id").values_list("id", "k").toArray() },
  { name: "nested Exists in a When() inside a Subquery",
    python: "list(Author.objects.annotate(b=Subquery(Book.objects.filter(author=OuterRef('pk')).annotate(k=Case(When(Exists(Review.objects.filter(book=OuterRef('pk'), stars__gte=4)), then=Value('good')), default=Value('meh'))).order_by('id').values('k')[:1])).order_by('id').values_list('id', 'b'))",
    mvt: ({ Author, Book, Review, models }) => Author.objects.annotate({ b: models.Subquery(Book.objects.filter({ author: models.OuterRef("pk") })
      .annotate({ k: models.Case(models.When(models.Exists(Review.objects.filter({ book: models.OuterRef("pk"), stars__gte: 4 })), { then: models.Value("good") }),
        { default: models.Value("meh") }) }).order_by("id").values("k").slice(0, 1)) }).order_by("id").values_list("id", "b").toArray() },
];

/** aggregate() and annotate(): Count (distinct, filter), Sum, Avg, Min, Max, GROUP BY and HAVING. */
import type { Scenario } from "../scenario";

export const AGGREGATES: Scenario[] = [
  { name: "aggregate() Count, Sum, Avg, Min, Max",
    python: "Book.objects.aggregate(n=Count('id'), pages=Sum('pages'), avg=Avg('published'), low=Min('published'), high=Max('added'))",
    mvt: ({ Book, models }) => Book.objects.aggregate({ n: models.Count("id"), pages: models.Sum("pages"),
      avg: models.Avg("published"), low: models.Min("published"), high: models.Max("added") }) },
  { name: "aggregate() with a default alias", python: "Book.objects.aggregate(Sum('pages'))",
    mvt: ({ Book, models }) => Book.objects.aggregate(models.Sum("pages")) },
  { name: "aggregate() of a filtered QuerySet", python: "Book.objects.filter(done=True).aggregate(Avg('pages'))",
    mvt: ({ Book, models }) => Book.objects.filter({ done: true }).aggregate(models.Avg("pages")) },
  { name: "aggregate() over no rows gives None except Count",
    python: "Book.objects.filter(published=1).aggregate(n=Count('id'), s=Sum('pages'))",
    mvt: ({ Book, models }) => Book.objects.filter({ published: 1 }).aggregate({ n: models.Count("id"), s: models.Sum("pages") }) },
  { name: "aggregate() of none() runs no query",
    python: "Book.objects.none().aggregate(n=Count('id'), s=Sum('pages'))",
    mvt: ({ Book, models }) => Book.objects.none().aggregate({ n: models.Count("id"), s: models.Sum("pages") }) },
  { name: "aggregate() across a relation", python: "Author.objects.aggregate(stars=Avg('books__reviews__stars'))",
    mvt: ({ Author, models }) => Author.objects.aggregate({ stars: models.Avg("books__reviews__stars") }) },
  { name: "annotate() Count of a reverse relation",
    python: "[(a.name, a.n) for a in Author.objects.annotate(n=Count('books')).order_by('id')]",
    mvt: ({ Author, models }) => Author.objects.annotate({ n: models.Count("books") }).order_by("id").toArray()
      .map((a) => [a.name, (a as unknown as { n: number }).n]) },
  { name: "annotate() Count distinct over two joins",
    python: "list(Author.objects.annotate(b=Count('books', distinct=True), r=Count('books__reviews')).order_by('id').values_list('b', 'r'))",
    mvt: ({ Author, models }) => Author.objects.annotate({ b: models.Count("books", { distinct: true }), r: models.Count("books__reviews") })
      .order_by("id").values_list("b", "r").toArray() },
  { name: "annotate() Count with filter",
    python: "list(Author.objects.annotate(done=Count('books', filter=Q(books__done=True))).order_by('id').values_list('name', 'done'))",
    mvt: ({ Author, models }) => Author.objects.annotate({ done: models.Count("books", { filter: models.Q({ books__done: true }) }) })
      .order_by("id").values_list("name", "done").toArray() },
  { name: "annotate() then filter() on the annotation is HAVING",
    python: "list(Author.objects.annotate(n=Count('books')).filter(n__gte=2, name__contains='e').order_by('id').values_list('id', flat=True))",
    mvt: ({ Author, models }) => Author.objects.annotate({ n: models.Count("books") }).filter({ n__gte: 2, name__contains: "e" })
      .order_by("id").values_list("id", { flat: true }).toArray() },
  { name: "annotate() then order_by() the annotation",
    python: "list(Book.objects.annotate(stars=Sum('reviews__stars')).order_by('-stars', 'id').values_list('id', 'stars'))",
    mvt: ({ Book, models }) => Book.objects.annotate({ stars: models.Sum("reviews__stars") }).order_by("-stars", "id")
      .values_list("id", "stars").toArray() },
  { name: "values() then annotate() groups by the values",
    python: "list(Book.objects.values('published').annotate(n=Count('id')).order_by('published'))",
    mvt: ({ Book, models }) => Book.objects.values("published").annotate({ n: models.Count("id") }).order_by("published").toArray() },
  { name: "values() across a relation then annotate()",
    python: "list(Book.objects.values('author__name').annotate(pages=Sum('pages'), latest=Max('published')).order_by('author__name'))",
    mvt: ({ Book, models }) => Book.objects.values("author__name").annotate({ pages: models.Sum("pages"), latest: models.Max("published") })
      .order_by("author__name").toArray() },
  { name: "annotate() then count() uses a subquery",
    python: "Author.objects.annotate(n=Count('books')).filter(n__gt=1).count()",
    mvt: ({ Author, models }) => Author.objects.annotate({ n: models.Count("books") }).filter({ n__gt: 1 }).count() },
  { name: "aggregate() over an annotation",
    python: "Author.objects.annotate(n=Count('books')).aggregate(Avg('n'))",
    mvt: ({ Author, models }) => Author.objects.annotate({ n: models.Count("books") }).aggregate(models.Avg("n")) },
  { name: "annotate() with a positional Count",
    python: "[a.books__count for a in Author.objects.annotate(Count('books')).order_by('id')]",
    mvt: ({ Author, models }) => Author.objects.annotate(models.Count("books")).order_by("id").toArray()
      .map((a) => (a as unknown as { books__count: number }).books__count) },
  { name: "annotate() clashing with a field raises ValueError",
    python: "Author.objects.annotate(name=Count('books'))",
    mvt: ({ Author, models }) => Author.objects.annotate({ name: models.Count("books") }) },
  { name: "Sum of a relation path that does not exist raises FieldError",
    python: "Book.objects.aggregate(Sum('reviews__starz'))",
    mvt: ({ Book, models }) => Book.objects.aggregate(models.Sum("reviews__starz")) },
];

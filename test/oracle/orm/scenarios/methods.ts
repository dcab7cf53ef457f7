/** update_or_create, bulk_create, bulk_update, in_bulk, none, iterator, latest and earliest. */
import type { Scenario } from "../scenario";

export const METHODS: Scenario[] = [
  { name: "update_or_create() updating",
    python: "o, c = Book.objects.update_or_create(title='Dune', defaults={'pages': 500})\nresult = [o, c, Book.objects.get(pk=1).pages]",
    mvt: ({ Book }) => {
      const [o, c] = Book.objects.update_or_create({ title: "Dune", defaults: { pages: 500 } });
      return [o, c, Book.objects.get({ pk: 1 }).pages];
    } },
  { name: "update_or_create() creating",
    python: "o, c = Book.objects.update_or_create(title='Children of Dune', defaults={'author_id': 1, 'published': 1976})\nresult = [o, c]",
    mvt: ({ Book }) => Book.objects.update_or_create({ title: "Children of Dune", defaults: { author_id: 1, published: 1976 } }) },
  { name: "bulk_create() in one INSERT",
    python: "Review.objects.bulk_create([Review(book_id=2, stars=s) for s in (1, 2, 3)])\nresult = list(Review.objects.filter(book_id=2).values_list('stars', flat=True))",
    mvt: ({ Review }) => {
      Review.objects.bulk_create([1, 2, 3].map((stars) => new Review({ book_id: 2, stars })));
      return Review.objects.filter({ book_id: 2 }).values_list("stars", { flat: true }).toArray();
    } },
  { name: "bulk_create() in batches",
    python: "Review.objects.bulk_create([Review(book_id=2, stars=s) for s in range(7)], batch_size=3)\nresult = Review.objects.count()",
    mvt: ({ Review }) => {
      Review.objects.bulk_create([0, 1, 2, 3, 4, 5, 6].map((stars) => new Review({ book_id: 2, stars })), { batch_size: 3 });
      return Review.objects.count();
    } },
  { name: "bulk_create() of nothing runs no query",
    python: "result = len(Review.objects.bulk_create([]))", mvt: ({ Review }) => Review.objects.bulk_create([]).length },
  { name: "bulk_update()",
    python: "rs = list(Review.objects.order_by('id'))\nfor r in rs: r.stars = r.stars * 10\nReview.objects.bulk_update(rs, ['stars'])\nresult = list(Review.objects.order_by('id').values_list('stars', flat=True))",
    mvt: ({ Review }) => {
      const rs = Review.objects.order_by("id").toArray();
      for (const r of rs) r.stars *= 10;
      Review.objects.bulk_update(rs, ["stars"]);
      return Review.objects.order_by("id").values_list("stars", { flat: true }).toArray();
    } },
  { name: "bulk_update() in batches",
    python: "rs = list(Review.objects.all())\nfor r in rs: r.stars = 1\nReview.objects.bulk_update(rs, ['stars'], batch_size=4)\nresult = Review.objects.filter(stars=1).count()",
    mvt: ({ Review }) => {
      const rs = Review.objects.all().toArray();
      for (const r of rs) r.stars = 1;
      Review.objects.bulk_update(rs, ["stars"], { batch_size: 4 });
      return Review.objects.filter({ stars: 1 }).count();
    } },
  { name: "bulk_update() without fields raises ValueError",
    python: "Review.objects.bulk_update(list(Review.objects.all()), [])",
    mvt: ({ Review }) => Review.objects.bulk_update(Review.objects.all().toArray(), []) },
  { name: "in_bulk() by pk", python: "Book.objects.in_bulk([1, 3, 99])",
    mvt: ({ Book }) => Book.objects.in_bulk([1, 3, 99]) },
  { name: "in_bulk() of every row", python: "Author.objects.in_bulk()", mvt: ({ Author }) => Author.objects.in_bulk() },
  { name: "in_bulk() of an empty list runs no query", python: "Author.objects.in_bulk([])",
    mvt: ({ Author }) => Author.objects.in_bulk([]) },
  { name: "in_bulk() by a field that is not unique raises ValueError", python: "Author.objects.in_bulk(['x'], field_name='name')",
    mvt: ({ Author }) => Author.objects.in_bulk(["x"], { field_name: "name" }) },
  { name: "none() runs no query", python: "result = [list(Book.objects.none()), Book.objects.none().count(), Book.objects.none().exists()]",
    mvt: ({ Book }) => [Book.objects.none().toArray(), Book.objects.none().count(), Book.objects.none().exists()] },
  { name: "none() stays empty when filtered", python: "Book.objects.none().filter(pk=1)",
    mvt: ({ Book }) => Book.objects.none().filter({ pk: 1 }) },
  { name: "iterator() bypasses the cache",
    python: "qs = Book.objects.all()\nresult = [len(list(qs.iterator())), len(list(qs.iterator())), len(qs), len(list(qs.iterator()))]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [[...qs.iterator()].length, [...qs.iterator()].length, qs.length, [...qs.iterator()].length];
    } },
  { name: "iterator() ignores prefetch_related()",
    python: "result = [len(a.books.all()) for a in Author.objects.prefetch_related('books').iterator()]",
    mvt: ({ Author }) => [...Author.objects.prefetch_related("books").iterator()].map((a) => a.books.all().length) },
  { name: "latest() by Meta.get_latest_by", python: "Book.objects.latest()", mvt: ({ Book }) => Book.objects.latest() },
  { name: "earliest() by a field", python: "Book.objects.earliest('added')", mvt: ({ Book }) => Book.objects.earliest("added") },
  { name: "latest() by two fields", python: "Book.objects.latest('published', '-title')",
    mvt: ({ Book }) => Book.objects.latest("published", "-title") },
  { name: "latest() of nothing raises DoesNotExist", python: "Book.objects.filter(published=1).latest()",
    mvt: ({ Book }) => Book.objects.filter({ published: 1 }).latest() },
  { name: "latest() without fields or get_latest_by raises ValueError", python: "Author.objects.latest()",
    mvt: ({ Author }) => Author.objects.latest() },
  { name: "distinct() values of one field", python: "Book.objects.values_list('published', flat=True).distinct().order_by('published')",
    mvt: ({ Book }) => Book.objects.values_list("published", { flat: true }).distinct().order_by("published") },
];

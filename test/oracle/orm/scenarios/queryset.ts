/** QuerySet methods: what they return and how many queries they cost. */
import type { Scenario } from "../scenario";

export const QUERYSET: Scenario[] = [
  { name: "all() in Meta.ordering", python: "Book.objects.all()", mvt: ({ Book }) => Book.objects.all() },
  { name: "all() without ordering", python: "Author.objects.all()", mvt: ({ Author }) => Author.objects.all() },
  { name: "filter() by one field", python: "Book.objects.filter(published=1969)", mvt: ({ Book }) => Book.objects.filter({ published: 1969 }) },
  { name: "filter() with two conditions",
    python: "Book.objects.filter(published__gte=1960, done=False)",
    mvt: ({ Book }) => Book.objects.filter({ published__gte: 1960, done: false }) },
  { name: "filter() chained",
    python: "Book.objects.filter(published__gte=1960).filter(author__name__startswith='U')",
    mvt: ({ Book }) => Book.objects.filter({ published__gte: 1960 }).filter({ author__name__startswith: "U" }) },
  { name: "exclude()", python: "Book.objects.exclude(done=True)", mvt: ({ Book }) => Book.objects.exclude({ done: true }) },
  { name: "exclude() across a nullable relation",
    python: "Book.objects.exclude(editor__name='Ursula K. Le Guin')",
    mvt: ({ Book }) => Book.objects.exclude({ editor__name: "Ursula K. Le Guin" }) },
  { name: "get() by pk", python: "Book.objects.get(pk=3)", mvt: ({ Book }) => Book.objects.get({ pk: 3 }) },
  { name: "get() across a relation",
    python: "Book.objects.get(author__name='Octavia Butler', published=1979)",
    mvt: ({ Book }) => Book.objects.get({ author__name: "Octavia Butler", published: 1979 }) },
  { name: "get() finding none raises DoesNotExist",
    python: "Book.objects.get(title='Nope')", mvt: ({ Book }) => Book.objects.get({ title: "Nope" }) },
  { name: "get() finding several raises MultipleObjectsReturned",
    python: "Book.objects.get(published=1969)", mvt: ({ Book }) => Book.objects.get({ published: 1969 }) },
  { name: "first() in Meta.ordering", python: "Book.objects.first()", mvt: ({ Book }) => Book.objects.first() },
  { name: "first() unordered uses pk", python: "Author.objects.first()", mvt: ({ Author }) => Author.objects.first() },
  { name: "last()", python: "Book.objects.last()", mvt: ({ Book }) => Book.objects.last() },
  { name: "last() unordered uses pk", python: "Author.objects.last()", mvt: ({ Author }) => Author.objects.last() },
  { name: "first() of nothing is None",
    python: "Book.objects.filter(published=1).first()", mvt: ({ Book }) => Book.objects.filter({ published: 1 }).first() },
  { name: "count()", python: "Book.objects.count()", mvt: ({ Book }) => Book.objects.count() },
  { name: "count() filtered across a relation",
    python: "Book.objects.filter(author__publisher__name='Gollancz').count()",
    mvt: ({ Book }) => Book.objects.filter({ author__publisher__name: "Gollancz" }).count() },
  { name: "count() of a sliced QuerySet",
    python: "Book.objects.all()[2:5].count()", mvt: ({ Book }) => Book.objects.all().slice(2, 5).count() },
  { name: "exists() true", python: "Book.objects.filter(done=True).exists()",
    mvt: ({ Book }) => Book.objects.filter({ done: true }).exists() },
  { name: "exists() false", python: "Book.objects.filter(published__gt=3000).exists()",
    mvt: ({ Book }) => Book.objects.filter({ published__gt: 3000 }).exists() },
  { name: "order_by() descending", python: "Book.objects.order_by('-published', 'title')",
    mvt: ({ Book }) => Book.objects.order_by("-published", "title") },
  { name: "order_by() across a relation", python: "Book.objects.order_by('author__name', '-title')",
    mvt: ({ Book }) => Book.objects.order_by("author__name", "-title") },
  { name: "order_by() of a nullable field", python: "Book.objects.order_by('pages', 'id')",
    mvt: ({ Book }) => Book.objects.order_by("pages", "id") },
  { name: "order_by() with no arguments clears Meta.ordering",
    python: "list(Book.objects.order_by().values_list('id', flat=True))",
    mvt: ({ Book }) => Book.objects.order_by().values_list("id", { flat: true }).toArray() },
  { name: "reverse()", python: "Book.objects.reverse()", mvt: ({ Book }) => Book.objects.reverse() },
  { name: "distinct() over a reverse join",
    python: "Author.objects.filter(books__published__gte=1960).distinct().order_by('id')",
    mvt: ({ Author }) => Author.objects.filter({ books__published__gte: 1960 }).distinct().order_by("id") },
  { name: "a reverse join repeats rows without distinct()",
    python: "Author.objects.filter(books__published__gte=1960).order_by('id')",
    mvt: ({ Author }) => Author.objects.filter({ books__published__gte: 1960 }).order_by("id") },
  { name: "values() of named fields and across a relation",
    python: "Book.objects.values('title', 'author__name')",
    mvt: ({ Book }) => Book.objects.values("title", "author__name") },
  { name: "values() of every field", python: "Review.objects.order_by('id').values()",
    mvt: ({ Review }) => Review.objects.order_by("id").values() },
  { name: "values_list()", python: "Book.objects.values_list('title', 'published')",
    mvt: ({ Book }) => Book.objects.values_list("title", "published") },
  { name: "values_list(flat=True)", python: "Book.objects.values_list('published', flat=True)",
    mvt: ({ Book }) => Book.objects.values_list("published", { flat: true }) },
  { name: "values_list(flat=True) with two fields raises TypeError",
    python: "Book.objects.values_list('title', 'published', flat=True)",
    mvt: ({ Book }) => Book.objects.values_list("title", "published", { flat: true }) },
  { name: "slice [a:b]", python: "Book.objects.all()[1:3]", mvt: ({ Book }) => Book.objects.all().slice(1, 3) },
  { name: "slice [a:]", python: "Book.objects.all()[6:]", mvt: ({ Book }) => Book.objects.all().slice(6) },
  { name: "slice of a slice", python: "Book.objects.all()[1:6][1:3]",
    mvt: ({ Book }) => Book.objects.all().slice(1, 6).slice(1, 3) },
  { name: "indexing runs LIMIT 1 OFFSET i", python: "Book.objects.all()[4]", mvt: ({ Book }) => Book.objects.all().at(4) },
  { name: "indexing past the end raises IndexError", python: "Book.objects.all()[40]",
    mvt: ({ Book }) => Book.objects.all().at(40) },
  { name: "filter() after slicing raises", python: "Book.objects.all()[1:3].filter(done=True)",
    mvt: ({ Book }) => Book.objects.all().slice(1, 3).filter({ done: true }) },
  { name: "order_by() after slicing raises", python: "Book.objects.all()[1:3].order_by('id')",
    mvt: ({ Book }) => Book.objects.all().slice(1, 3).order_by("id") },
  { name: "create()",
    python: "b = Book.objects.create(title='New', author_id=3, published=2001)\nresult = [b, Book.objects.count()]",
    mvt: ({ Book }) => {
      const b = Book.objects.create({ title: "New", author_id: 3, published: 2001 });
      return [b, Book.objects.count()];
    } },
  { name: "get_or_create() getting",
    python: "get_or_create_result = Book.objects.get_or_create(title='Dune', defaults={'author_id': 2})\nresult = list(get_or_create_result)",
    mvt: ({ Book }) => Book.objects.get_or_create({ title: "Dune", defaults: { author_id: 2 } }) },
  { name: "get_or_create() creating in a transaction",
    python: "result = list(Book.objects.get_or_create(title='Chapterhouse', defaults={'author_id': 1, 'published': 1985}))",
    mvt: ({ Book }) => Book.objects.get_or_create({ title: "Chapterhouse", defaults: { author_id: 1, published: 1985 } }) },
  { name: "update() returns the number of rows",
    python: "n = Book.objects.filter(published__lt=1960).update(done=True)\nresult = [n, list(Book.objects.filter(done=True).values_list('id', flat=True))]",
    mvt: ({ Book }) => {
      const n = Book.objects.filter({ published__lt: 1960 }).update({ done: true });
      return [n, Book.objects.filter({ done: true }).values_list("id", { flat: true }).toArray()];
    } },
  { name: "update() with F() arithmetic",
    python: "Book.objects.filter(author_id=1).update(published=F('published') + 10)\nresult = list(Book.objects.filter(author_id=1).values_list('published', flat=True))",
    mvt: ({ Book, models }) => {
      Book.objects.filter({ author_id: 1 }).update({ published: models.F("published").add(10) });
      return Book.objects.filter({ author_id: 1 }).values_list("published", { flat: true }).toArray();
    } },
  { name: "update() filtered across a relation uses a subquery",
    python: "result = Book.objects.filter(author__name__contains='Le Guin').update(pages=1)",
    mvt: ({ Book }) => Book.objects.filter({ author__name__contains: "Le Guin" }).update({ pages: 1 }) },
  { name: "filter() with F() comparing two columns",
    python: "Book.objects.filter(pages__lt=F('published') / 7)",
    mvt: ({ Book, models }) => Book.objects.filter({ pages__lt: models.F("published").div(7) }) },
  { name: "Q objects with or and not",
    python: "Book.objects.filter(Q(published__lt=1955) | ~Q(author__name__startswith='F'), done=False)",
    mvt: ({ Book, models }) => Book.objects.filter(
      models.Q({ published__lt: 1955 }).or(models.Q({ author__name__startswith: "F" }).not()), { done: false }) },
  { name: "save() of a loaded instance updates every field",
    python: "b = Book.objects.get(pk=2)\nb.title = 'Messiah'\nb.save()\nresult = Book.objects.get(pk=2).title",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 2 });
      b.title = "Messiah";
      b.save();
      return Book.objects.get({ pk: 2 }).title;
    } },
  { name: "save(update_fields=...)",
    python: "b = Book.objects.get(pk=2)\nb.title = 'Messiah'\nb.pages = 1\nb.save(update_fields=['title'])\nresult = list(Book.objects.filter(pk=2).values('title', 'pages'))",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 2 });
      b.title = "Messiah";
      b.pages = 1;
      b.save({ update_fields: ["title"] });
      return Book.objects.filter({ pk: 2 }).values("title", "pages").toArray();
    } },
  { name: "save() with an explicit new pk tries UPDATE then INSERT",
    python: "Author(pk=10, name='Iain Banks').save()\nresult = Author.objects.count()",
    mvt: ({ Author }) => {
      new Author({ pk: 10, name: "Iain Banks" }).save();
      return Author.objects.count();
    } },
  { name: "refresh_from_db()",
    python: "b = Book.objects.get(pk=1)\nBook.objects.filter(pk=1).update(title='Dune!')\nb.refresh_from_db()\nresult = b.title",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      Book.objects.filter({ pk: 1 }).update({ title: "Dune!" });
      b.refresh_from_db();
      return b.title;
    } },
];

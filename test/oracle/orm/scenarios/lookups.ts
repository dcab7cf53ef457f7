/** Field lookups, alone and across relations. */
import type { Scenario } from "../scenario";

/** A `values_list("id", flat=True)` scenario for one filter, written once for both sides. */
function ids(lookup: string, python: string, value: unknown): Scenario {
  return {
    name: `lookup ${lookup}=${python}`,
    python: `list(Book.objects.filter(${lookup}=${python}).order_by('id').values_list('id', flat=True))`,
    mvt: ({ Book }) => Book.objects.filter({ [lookup]: value }).order_by("id").values_list("id", { flat: true }).toArray(),
  };
}

export const LOOKUPS: Scenario[] = [
  ids("title__exact", "'Dune'", "Dune"),
  ids("title__iexact", "'dune'", "dune"),
  ids("title__contains", "'une'", "une"),
  ids("title__icontains", "'DUNE'", "DUNE"),
  ids("title__contains", "'%'", "%"),
  ids("title__contains", "'_'", "_"),
  ids("title__startswith", "'The'", "The"),
  ids("title__istartswith", "'the'", "the"),
  ids("title__endswith", "'ness'", "ness"),
  ids("title__iendswith", "'NESS'", "NESS"),
  ids("published__gt", "1969", 1969),
  ids("published__gte", "1969", 1969),
  ids("published__lt", "1965", 1965),
  ids("published__lte", "1965", 1965),
  ids("published__in", "[1950, 1979, 1]", [1950, 1979, 1]),
  ids("published__in", "[]", []),
  ids("published__range", "(1960, 1970)", [1960, 1970]),
  ids("pages__isnull", "True", true),
  ids("pages__isnull", "False", false),
  ids("pages", "None", null),
  ids("editor", "None", null),
  ids("editor__isnull", "False", false),
  ids("author", "2", 2),
  ids("author_id", "3", 3),
  ids("author__id", "4", 4),
  ids("author__in", "[1, 4]", [1, 4]),
  ids("author__name__icontains", "'le gui'", "le gui"),
  ids("author__publisher__name", "'Ace'", "Ace"),
  ids("editor__name__startswith", "'Isaac'", "Isaac"),
  ids("reviews__stars__gte", "4", 4),
  ids("done", "True", true),
  ids("done", "False", false),
  ids("pk__in", "[2, 4, 6]", [2, 4, 6]),
  ids("pk__gt", "6", 6),
  ids("added__gte", "datetime.datetime(2024, 1, 1)", new Date(Date.UTC(2024, 0, 1))),
  ids("added__lt", "'2023-01-01 00:00:00'", "2023-01-01 00:00:00"),
  {
    name: "lookup author=<instance>",
    python: "list(Book.objects.filter(author=Author.objects.get(pk=3)).values_list('id', flat=True))",
    mvt: ({ Book, Author }) => Book.objects.filter({ author: Author.objects.get({ pk: 3 }) }).values_list("id", { flat: true }).toArray(),
  },
  {
    name: "reverse lookup from the target model",
    python: "list(Author.objects.filter(books__title__startswith='Dune').distinct().values_list('name', flat=True))",
    mvt: ({ Author }) => Author.objects.filter({ books__title__startswith: "Dune" }).distinct().values_list("name", { flat: true }).toArray(),
  },
  {
    name: "reverse lookup two levels deep",
    python: "list(Publisher.objects.filter(authors__books__reviews__stars=2).values_list('name', flat=True))",
    mvt: ({ Publisher }) => Publisher.objects.filter({ authors__books__reviews__stars: 2 }).values_list("name", { flat: true }).toArray(),
  },
  {
    name: "reverse isnull finds authors without books edited",
    python: "list(Author.objects.filter(edited__isnull=True).values_list('id', flat=True))",
    mvt: ({ Author }) => Author.objects.filter({ edited__isnull: true }).values_list("id", { flat: true }).toArray(),
  },
  {
    name: "an unknown field raises FieldError",
    python: "Book.objects.filter(titel='x')", mvt: ({ Book }) => Book.objects.filter({ titel: "x" }),
  },
  {
    name: "an unknown lookup raises FieldError",
    python: "Book.objects.filter(title__near='x')", mvt: ({ Book }) => Book.objects.filter({ title__near: "x" }),
  },
  {
    name: "an unknown lookup after a relation raises FieldError",
    python: "Book.objects.filter(author__near=1)", mvt: ({ Book }) => Book.objects.filter({ author__near: 1 }),
  },
  {
    name: "a wrong value type raises ValueError",
    python: "list(Book.objects.filter(published='many'))",
    mvt: ({ Book }) => Book.objects.filter({ published: "many" }).toArray(),
  },
];

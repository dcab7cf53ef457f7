/** Prefetch(lookup, { queryset, to_attr }): filtered and ordered prefetches, plain arrays, and their query counts. */
import type { Model } from "../../../../sandbox/framework/db/models";
import type { Scenario } from "../scenario";

/** A to_attr attribute: a plain array (or one object for a forward key). */
function attr<T>(obj: Model, name: string): T {
  return (obj as unknown as Record<string, T>)[name];
}

export const PREFETCH: Scenario[] = [
  { name: "Prefetch(queryset=) filters what the related manager serves",
    python: "[[b.title for b in a.books.all()] for a in Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.filter(done=True))).order_by('id')]",
    mvt: ({ Author, Book, models }) => Author.objects.prefetch_related(models.Prefetch("books", { queryset: Book.objects.filter({ done: true }) }))
      .order_by("id").toArray().map((a) => a.books.all().toArray().map((b) => b.title)) },
  { name: "Prefetch(to_attr=) stores a plain list",
    python: "[[b.title for b in a.done_books] for a in Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.filter(done=True), to_attr='done_books')).order_by('id')]",
    mvt: ({ Author, Book, models }) => Author.objects
      .prefetch_related(models.Prefetch("books", { queryset: Book.objects.filter({ done: true }), to_attr: "done_books" }))
      .order_by("id").toArray().map((a) => attr<Array<{ title: string }>>(a, "done_books").map((b) => b.title)) },
  { name: "Prefetch(queryset=) orders the prefetched rows",
    python: "[[b.title for b in a.bs] for a in Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.order_by('-published'), to_attr='bs')).order_by('id')]",
    mvt: ({ Author, Book, models }) => Author.objects
      .prefetch_related(models.Prefetch("books", { queryset: Book.objects.order_by("-published"), to_attr: "bs" }))
      .order_by("id").toArray().map((a) => attr<Array<{ title: string }>>(a, "bs").map((b) => b.title)) },
  { name: "to_attr leaves the related manager unprefetched",
    python: "a = Author.objects.prefetch_related(Prefetch('books', to_attr='bs')).get(pk=1)\nresult = [len(a.bs), a.books.count()]",
    mvt: ({ Author, models }) => {
      const a = Author.objects.prefetch_related(models.Prefetch("books", { to_attr: "bs" })).get({ pk: 1 });
      return [attr<unknown[]>(a, "bs").length, a.books.count()];
    } },
  { name: "Prefetch() of a many-to-many with an ordered queryset",
    python: "[[t.name for t in b.tags.all()] for b in Book.objects.prefetch_related(Prefetch('tags', queryset=Tag.objects.order_by('-name')))]",
    mvt: ({ Book, Tag, models }) => Book.objects.prefetch_related(models.Prefetch("tags", { queryset: Tag.objects.order_by("-name") }))
      .toArray().map((b) => b.tags.all().toArray().map((t) => t.name)) },
  { name: "Prefetch() of a forward key with to_attr stores the object",
    python: "[b.auth.name for b in Book.objects.prefetch_related(Prefetch('author', to_attr='auth'))]",
    mvt: ({ Book, models }) => Book.objects.prefetch_related(models.Prefetch("author", { to_attr: "auth" }))
      .toArray().map((b) => attr<{ name: string }>(b, "auth").name) },
  { name: "a lookup continues through an earlier to_attr",
    python: "qs = Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.filter(done=True), to_attr='done_books'), 'done_books__reviews').order_by('id')\n"
      + "result = [[[r.stars for r in b.reviews.all()] for b in a.done_books] for a in qs]",
    mvt: ({ Author, Book, models }) => Author.objects
      .prefetch_related(models.Prefetch("books", { queryset: Book.objects.filter({ done: true }), to_attr: "done_books" }), "done_books__reviews")
      .order_by("id").toArray()
      .map((a) => attr<Array<InstanceType<typeof Book>>>(a, "done_books").map((b) => b.reviews.all().toArray().map((r) => r.stars))) },
  { name: "Prefetch() at the second level filters that level",
    python: "qs = Author.objects.prefetch_related(Prefetch('books__reviews', queryset=Review.objects.filter(stars__gte=4))).order_by('id')\n"
      + "result = [[[r.stars for r in b.reviews.all()] for b in a.books.all()] for a in qs]",
    mvt: ({ Author, Review, models }) => Author.objects
      .prefetch_related(models.Prefetch("books__reviews", { queryset: Review.objects.filter({ stars__gte: 4 }) }))
      .order_by("id").toArray().map((a) => a.books.all().toArray().map((b) => b.reviews.all().toArray().map((r) => r.stars))) },
  { name: "Prefetch(queryset=) with select_related costs no extra queries",
    python: "[[b.editor and b.editor.name for b in a.books.all()] for a in Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.select_related('editor'))).order_by('id')]",
    mvt: ({ Author, Book, models }) => Author.objects.prefetch_related(models.Prefetch("books", { queryset: Book.objects.select_related("editor") }))
      .order_by("id").toArray().map((a) => a.books.all().toArray().map((b) => b.editor && b.editor.name)) },
  { name: "a lookup seen before with another queryset raises ValueError",
    python: "list(Author.objects.prefetch_related('books', Prefetch('books', queryset=Book.objects.filter(done=True))))",
    mvt: ({ Author, Book, models }) => Author.objects
      .prefetch_related("books", models.Prefetch("books", { queryset: Book.objects.filter({ done: true }) })).toArray() },
  { name: "Prefetch() of a values() queryset raises ValueError",
    python: "Prefetch('books', queryset=Book.objects.values('id'))",
    mvt: ({ Book, models }) => models.Prefetch("books", { queryset: Book.objects.values("id") as never }) },
  { name: "prefetch_related(None) clears the lookups",
    python: "[a.books.count() for a in Author.objects.prefetch_related('books').prefetch_related(None).order_by('id')]",
    mvt: ({ Author }) => Author.objects.prefetch_related("books").prefetch_related(null).order_by("id").toArray().map((a) => a.books.count()) },
];

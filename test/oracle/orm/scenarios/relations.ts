/** select_related, prefetch_related and related managers. */
import type { Scenario } from "../scenario";

export const RELATIONS: Scenario[] = [
  { name: "select_related() follows a FK in the same query",
    python: "result = [b.author.name for b in Book.objects.select_related('author')]",
    mvt: ({ Book }) => Book.objects.select_related("author").toArray().map((b) => b.author.name) },
  { name: "select_related() of a nullable FK gives None without a query",
    python: "result = [b.editor and b.editor.name for b in Book.objects.select_related('editor')]",
    mvt: ({ Book }) => Book.objects.select_related("editor").toArray().map((b) => b.editor && b.editor.name) },
  { name: "select_related() two levels",
    python: "result = [b.author.publisher and b.author.publisher.name for b in Book.objects.select_related('author__publisher')]",
    mvt: ({ Book }) => Book.objects.select_related("author__publisher").toArray()
      .map((b) => b.author.publisher && b.author.publisher.name) },
  { name: "select_related() without names follows non-null FKs",
    python: "result = [(r.book.author.name, r.book.editor_id) for r in Review.objects.select_related().order_by('id')]",
    mvt: ({ Review }) => Review.objects.select_related().order_by("id").toArray().map((r) => [r.book.author.name, r.book.editor_id]) },
  { name: "select_related() with a bad name raises FieldError",
    python: "list(Book.objects.select_related('reviews'))",
    mvt: ({ Book }) => Book.objects.select_related("reviews").toArray() },
  { name: "prefetch_related() of a reverse FK costs one more query",
    python: "result = [[b.title for b in a.books.all()] for a in Author.objects.prefetch_related('books')]",
    mvt: ({ Author }) => Author.objects.prefetch_related("books").toArray().map((a) => a.books.all().toArray().map((b) => b.title)) },
  { name: "prefetched results serve count() and exists()",
    python: "result = [(a.books.count(), a.books.exists()) for a in Author.objects.prefetch_related('books')]",
    mvt: ({ Author }) => Author.objects.prefetch_related("books").toArray().map((a) => [a.books.count(), a.books.exists()]) },
  { name: "prefetched results do not serve filter()",
    python: "result = [a.books.filter(done=True).count() for a in Author.objects.prefetch_related('books')]",
    mvt: ({ Author }) => Author.objects.prefetch_related("books").toArray().map((a) => a.books.filter({ done: true }).count()) },
  { name: "prefetch_related() two levels",
    python: "result = [[len(b.reviews.all()) for b in a.books.all()] for a in Author.objects.prefetch_related('books__reviews')]",
    mvt: ({ Author }) => Author.objects.prefetch_related("books__reviews").toArray()
      .map((a) => a.books.all().toArray().map((b) => b.reviews.all().length)) },
  { name: "prefetch_related() of a forward FK",
    python: "result = [b.author.name for b in Book.objects.prefetch_related('author')]",
    mvt: ({ Book }) => Book.objects.prefetch_related("author").toArray().map((b) => b.author.name) },
  { name: "prefetch_related() of nothing costs no extra query",
    python: "list(Author.objects.filter(name='Nobody').prefetch_related('books'))",
    mvt: ({ Author }) => Author.objects.filter({ name: "Nobody" }).prefetch_related("books").toArray() },
  { name: "prefetch_related() with a bad name raises",
    python: "list(Author.objects.prefetch_related('novels'))",
    mvt: ({ Author }) => Author.objects.prefetch_related("novels").toArray() },
  { name: "reverse manager filter() and order_by()",
    python: "Author.objects.get(pk=2).books.order_by('-published')",
    mvt: ({ Author }) => Author.objects.get({ pk: 2 }).books.order_by("-published") },
  { name: "reverse manager create() sets the key",
    python: "a = Author.objects.get(pk=4)\nb = a.books.create(title='Dawn', published=1987)\nresult = [b.author_id, a.books.count()]",
    mvt: ({ Author }) => {
      const a = Author.objects.get({ pk: 4 });
      const b = a.books.create({ title: "Dawn", published: 1987 });
      return [b.author_id, a.books.count()];
    } },
];

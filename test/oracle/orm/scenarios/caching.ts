/** Laziness and the result cache: which uses run a query and which reuse one. */
import type { Scenario } from "../scenario";

export const CACHING: Scenario[] = [
  { name: "building a QuerySet runs no query",
    python: "qs = Book.objects.filter(done=True).exclude(pages=None).order_by('-id')[:3]\nresult = 'built'",
    mvt: ({ Book }) => {
      Book.objects.filter({ done: true }).exclude({ pages: null }).order_by("-id").slice(0, 3);
      return "built";
    } },
  { name: "len() then count(), exists(), indexing and truthiness reuse the cache",
    python: "qs = Book.objects.all()\nresult = [len(qs), qs.count(), qs.exists(), qs[2], bool(qs), len(list(qs))]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [qs.length, qs.count(), qs.exists(), qs.at(2), qs.__bool__(), qs.toArray().length];
    } },
  { name: "count() before evaluation runs COUNT each time",
    python: "qs = Book.objects.all()\nresult = [qs.count(), qs.count()]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [qs.count(), qs.count()];
    } },
  { name: "exists() before evaluation does not fill the cache",
    python: "qs = Book.objects.all()\nresult = [qs.exists(), len(qs)]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [qs.exists(), qs.length];
    } },
  { name: "indexing before evaluation queries each time",
    python: "qs = Book.objects.all()\nresult = [qs[0], qs[1], qs[0]]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [qs.at(0), qs.at(1), qs.at(0)];
    } },
  { name: "clones re-query: filter() and all() of an evaluated QuerySet",
    python: "qs = Book.objects.all()\nlist(qs)\nresult = [len(qs.all()), len(qs.filter(done=True))]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      qs.toArray();
      return [qs.all().length, qs.filter({ done: true }).length];
    } },
  { name: "slicing an evaluated QuerySet uses the cache",
    python: "qs = Book.objects.all()\nlist(qs)\nresult = list(qs[2:4])",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      qs.toArray();
      return qs.slice(2, 4).toArray();
    } },
  { name: "iterating twice runs one query",
    python: "qs = Book.objects.all()\nresult = [len([b for b in qs]), len([b for b in qs])]",
    mvt: ({ Book }) => {
      const qs = Book.objects.all();
      return [[...qs].length, [...qs].length];
    } },
  { name: "a loaded FK is cached on the instance",
    python: "b = Book.objects.get(pk=1)\nresult = [b.author.name, b.author.name]",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      return [b.author.name, b.author.name];
    } },
  { name: "a null FK costs no query",
    python: "b = Book.objects.get(pk=2)\nresult = b.editor",
    mvt: ({ Book }) => Book.objects.get({ pk: 2 }).editor },
  { name: "<fk>_id costs no query", python: "Book.objects.get(pk=3).author_id",
    mvt: ({ Book }) => Book.objects.get({ pk: 3 }).author_id },
  { name: "the N+1 loop costs 1+N queries",
    python: "result = [b.author.name for b in Book.objects.all()]",
    mvt: ({ Book }) => Book.objects.all().toArray().map((b) => b.author.name) },
  { name: "related managers are not cached",
    python: "a = Author.objects.get(pk=1)\nresult = [a.books.count(), a.books.count(), len(a.books.all())]",
    mvt: ({ Author }) => {
      const a = Author.objects.get({ pk: 1 });
      return [a.books.count(), a.books.count(), a.books.all().length];
    } },
  { name: "assigning a FK instance sets <fk>_id and caches it",
    python: "b = Book.objects.get(pk=1)\na = Author.objects.get(pk=4)\nb.author = a\nresult = [b.author_id, b.author.name]",
    mvt: ({ Book, Author }) => {
      const b = Book.objects.get({ pk: 1 });
      b.author = Author.objects.get({ pk: 4 });
      return [b.author_id, b.author.name];
    } },
  { name: "changing <fk>_id reloads the relation",
    python: "b = Book.objects.get(pk=1)\nb.author.name\nb.author_id = 2\nresult = b.author.name",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      void b.author.name;
      b.author_id = 2;
      return b.author.name;
    } },
];

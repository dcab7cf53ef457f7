/** only() and defer(): the SQL loads fewer columns, and each deferred field costs one query when read. */
import type { Scenario } from "../scenario";

export const DEFERRED: Scenario[] = [
  { name: "only() loads the named fields in one query",
    python: "[b.title for b in Book.objects.only('title')]",
    mvt: ({ Book }) => Book.objects.only("title").toArray().map((b) => b.title) },
  { name: "only(): each read of a deferred field costs one query",
    python: "bs = list(Book.objects.only('title')[:2])\nresult = [b.published for b in bs]",
    mvt: ({ Book }) => Book.objects.only("title").slice(0, 2).toArray().map((b) => b.published) },
  { name: "a deferred field is loaded once, then kept",
    python: "b = Book.objects.only('title').get(pk=1)\nresult = [b.pages, b.pages, b.title]",
    mvt: ({ Book }) => { const b = Book.objects.only("title").get({ pk: 1 }); return [b.pages, b.pages, b.title]; } },
  { name: "defer(): the named fields cost a query each",
    python: "b = Book.objects.defer('pages', 'added').get(pk=1)\nresult = [b.title, b.pages, b.added]",
    mvt: ({ Book }) => { const b = Book.objects.defer("pages", "added").get({ pk: 1 }); return [b.title, b.pages, b.added]; } },
  { name: "get_deferred_fields() after only()",
    python: "sorted(Book.objects.only('title', 'author').get(pk=1).get_deferred_fields())",
    mvt: ({ Book }) => [...Book.objects.only("title", "author").get({ pk: 1 }).get_deferred_fields()].sort() },
  { name: "defer() after only() takes names out",
    python: "sorted(Book.objects.only('title', 'pages').defer('pages').get(pk=1).get_deferred_fields())",
    mvt: ({ Book }) => [...Book.objects.only("title", "pages").defer("pages").get({ pk: 1 }).get_deferred_fields()].sort() },
  { name: "only() after defer() keeps the deferred names out",
    python: "sorted(Book.objects.defer('pages').only('title', 'pages').get(pk=1).get_deferred_fields())",
    mvt: ({ Book }) => [...Book.objects.defer("pages").only("title", "pages").get({ pk: 1 }).get_deferred_fields()].sort() },
  { name: "defer(None) loads every field again",
    python: "sorted(Book.objects.defer('title').defer(None).get(pk=1).get_deferred_fields())",
    mvt: ({ Book }) => [...Book.objects.defer("title").defer(null).get({ pk: 1 }).get_deferred_fields()].sort() },
  { name: "save() of a deferred instance updates only the loaded fields",
    python: "b = Book.objects.only('title').get(pk=1)\nb.title = 'Dune II'\nb.save()\n"
      + "result = list(Book.objects.filter(pk=1).values_list('title', 'published', 'pages'))",
    mvt: ({ Book }) => {
      const b = Book.objects.only("title").get({ pk: 1 });
      b.title = "Dune II";
      b.save();
      return Book.objects.filter({ pk: 1 }).values_list("title", "published", "pages").toArray();
    } },
  { name: "save() of a deferred instance sends the loaded fields as update_fields",
    python: "seen = []\n"
      + "def on_save(sender, update_fields, **kwargs):\n    seen.append(sorted(update_fields))\n"
      + "signals.pre_save.connect(on_save, sender=Book)\n"
      + "b = Book.objects.only('title', 'author').get(pk=1)\nb.save()\nresult = seen",
    mvt: ({ Book, models }) => {
      const seen: string[][] = [];
      models.signals.pre_save.connect((options: { update_fields: Set<string> | null }) => { seen.push([...options.update_fields ?? []].sort()); }, { sender: Book });
      Book.objects.only("title", "author").get({ pk: 1 }).save();
      return seen;
    } },
  { name: "only() across select_related loads the named related fields",
    python: "b = Book.objects.select_related('author').only('title', 'author__name').get(pk=1)\n"
      + "result = [b.title, b.author.name, b.author.publisher_id]",
    mvt: ({ Book }) => {
      const b = Book.objects.select_related("author").only("title", "author__name").get({ pk: 1 });
      return [b.title, b.author.name, (b.author as unknown as { publisher_id: number }).publisher_id];
    } },
  { name: "only() leaves a select_related model it does not name whole",
    python: "b = Book.objects.select_related('author').only('title', 'author').get(pk=1)\nresult = [b.author.name, b.author.publisher_id]",
    mvt: ({ Book }) => {
      const b = Book.objects.select_related("author").only("title", "author").get({ pk: 1 });
      return [b.author.name, (b.author as unknown as { publisher_id: number }).publisher_id];
    } },
  { name: "defer() of a select_related key raises FieldError",
    python: "list(Book.objects.select_related('author').defer('author'))",
    mvt: ({ Book }) => Book.objects.select_related("author").defer("author").toArray() },
  { name: "only() of an unknown field raises FieldDoesNotExist",
    python: "list(Book.objects.only('nope'))", mvt: ({ Book }) => Book.objects.only("nope").toArray() },
  { name: "only() after values() raises TypeError",
    python: "Book.objects.values('title').only('title')",
    mvt: ({ Book }) => (Book.objects.values("title") as unknown as { only: (f: string) => unknown }).only("title") },
  { name: "refresh_from_db(fields=...) reloads one field with one query",
    python: "b = Book.objects.get(pk=1)\nBook.objects.filter(pk=1).update(pages=1, published=1)\n"
      + "b.refresh_from_db(fields=['pages'])\nresult = [b.pages, b.published]",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      Book.objects.filter({ pk: 1 }).update({ pages: 1, published: 1 });
      b.refresh_from_db({ fields: ["pages"] });
      return [b.pages, b.published];
    } },
  { name: "count() and values() ignore only()",
    python: "qs = Book.objects.only('title')\nresult = [qs.count(), list(qs.values_list('pages', flat=True)[:2])]",
    mvt: ({ Book }) => { const qs = Book.objects.only("title"); return [qs.count(), qs.values_list("pages", { flat: true }).slice(0, 2).toArray()]; } },
];

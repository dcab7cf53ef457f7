/** OneToOneField, ManyToManyField (automatic and explicit through, to self), related managers and m2m_changed. */
import type { Scenario } from "../scenario";

export const MANY_TO_MANY: Scenario[] = [
  { name: "o2o: forward access loads the target",
    python: "result = Profile.objects.get(pk=1).author.name",
    mvt: ({ Profile }) => Profile.objects.get({ pk: 1 }).author.name },
  { name: "o2o: reverse access is one object, then cached",
    python: "a = Author.objects.get(pk=1)\nresult = [a.profile.bio, a.profile.pk]",
    mvt: ({ Author }) => {
      const a = Author.objects.get({ pk: 1 });
      return [a.profile.bio, a.profile.pk];
    } },
  { name: "o2o: a missing reverse object raises RelatedObjectDoesNotExist (a DoesNotExist)",
    python: "try:\n    Author.objects.get(pk=2).profile\nexcept Profile.DoesNotExist as e:\n    result = [type(e).__name__, str(e)]",
    mvt: ({ Author, Profile }) => {
      try {
        return Author.objects.get({ pk: 2 }).profile;
      } catch (error) {
        if (!(error instanceof Profile.DoesNotExist)) throw error;
        return [error.constructor.name, error.message];
      }
    } },
  { name: "o2o: a second profile for the same author is an IntegrityError",
    python: "Profile.objects.create(author_id=1, bio='x')",
    mvt: ({ Profile }) => Profile.objects.create({ author_id: 1, bio: "x" }) },
  { name: "o2o: filter across the reverse side",
    python: "Author.objects.filter(profile__bio__startswith='Arr')",
    mvt: ({ Author }) => Author.objects.filter({ profile__bio__startswith: "Arr" }) },
  { name: "o2o: deleting the author cascades to the profile",
    python: "result = list(Author.objects.get(pk=1).delete())",
    mvt: ({ Author }) => Author.objects.get({ pk: 1 }).delete() },
  { name: "m2m: forward manager lists the tags",
    python: "Book.objects.get(pk=1).tags.order_by('name')",
    mvt: ({ Book }) => Book.objects.get({ pk: 1 }).tags.order_by("name") },
  { name: "m2m: reverse manager (related_name) lists the books",
    python: "Tag.objects.get(pk=2).books.all()",
    mvt: ({ Tag }) => Tag.objects.get({ pk: 2 }).books.all() },
  { name: "m2m: filter across the relation",
    python: "Book.objects.filter(tags__name='scifi')",
    mvt: ({ Book }) => Book.objects.filter({ tags__name: "scifi" }) },
  { name: "m2m: filter by related instance and by pk (trimmed join)",
    python: "result = [list(Book.objects.filter(tags=Tag.objects.get(pk=3))), list(Book.objects.filter(tags__id__in=[1, 3]).distinct())]",
    mvt: ({ Book, Tag }) => [Book.objects.filter({ tags: Tag.objects.get({ pk: 3 }) }), Book.objects.filter({ tags__id__in: [1, 3] }).distinct()] },
  { name: "m2m: filter across the reverse relation",
    python: "Tag.objects.filter(books__author__name__startswith='Ursula').order_by('id').distinct()",
    mvt: ({ Tag }) => Tag.objects.filter({ books__author__name__startswith: "Ursula" }).order_by("id").distinct() },
  { name: "m2m: annotate Count over the relation",
    python: "list(Tag.objects.annotate(n=Count('books')).order_by('id').values_list('name', 'n'))",
    mvt: ({ Tag, models }) => Tag.objects.annotate({ n: models.Count("books") }).order_by("id").values_list("name", "n") },
  { name: "m2m: add() without receivers is one INSERT",
    python: "b = Book.objects.get(pk=2)\nb.tags.add(1, Tag.objects.get(pk=2))\nresult = list(b.tags.order_by('id'))",
    mvt: ({ Book, Tag }) => {
      const b = Book.objects.get({ pk: 2 });
      b.tags.add(1, Tag.objects.get({ pk: 2 }));
      return b.tags.order_by("id");
    } },
  { name: "m2m: add() of an existing link changes nothing",
    python: "b = Book.objects.get(pk=1)\nb.tags.add(1)\nresult = b.tags.count()",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      b.tags.add(1);
      return b.tags.count();
    } },
  { name: "m2m: remove() and clear()",
    python: "b = Book.objects.get(pk=1)\nb.tags.remove(1)\nr = [b.tags.count()]\nb.tags.clear()\nresult = r + [b.tags.count(), Tag.objects.count()]",
    mvt: ({ Book, Tag }) => {
      const b = Book.objects.get({ pk: 1 });
      b.tags.remove(1);
      const r = [b.tags.count()];
      b.tags.clear();
      return [...r, b.tags.count(), Tag.objects.count()];
    } },
  { name: "m2m: set() removes the others and adds the missing",
    python: "b = Book.objects.get(pk=1)\nb.tags.set([2, 3])\nresult = list(b.tags.order_by('id').values_list('id', flat=True))",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      b.tags.set([2, 3]);
      return b.tags.order_by("id").values_list("id", { flat: true });
    } },
  { name: "m2m: set(clear=True)",
    python: "b = Book.objects.get(pk=1)\nb.tags.set([3], clear=True)\nresult = list(b.tags.values_list('id', flat=True))",
    mvt: ({ Book }) => {
      const b = Book.objects.get({ pk: 1 });
      b.tags.set([3], { clear: true });
      return b.tags.values_list("id", { flat: true });
    } },
  { name: "m2m: create() through the reverse manager",
    python: "t = Tag.objects.get(pk=1)\nb = t.books.create(title='Emma', author_id=4)\nresult = [b.pk, list(b.tags.all())]",
    mvt: ({ Tag }) => {
      const t = Tag.objects.get({ pk: 1 });
      const b = t.books.create({ title: "Emma", author_id: 4 });
      return [b.pk, b.tags.all()];
    } },
  { name: "m2m: add() of the wrong model raises TypeError",
    python: "Book.objects.get(pk=1).tags.add(Author.objects.get(pk=1))",
    mvt: ({ Book, Author }) => Book.objects.get({ pk: 1 }).tags.add(Author.objects.get({ pk: 1 })) },
  { name: "m2m: an unsaved instance cannot use the relation",
    python: "Book(title='x', author_id=1).tags.all()",
    mvt: ({ Book }) => new Book({ title: "x", author_id: 1 }).tags.all() },
  { name: "m2m_changed: add() sends pre_add and post_add with the new pks only",
    python: "log = []\ndef r(sender, instance, action, reverse, model, pk_set, **kw):\n    log.append([sender.__name__, instance.pk, action, reverse, model.__name__, sorted(pk_set)])\nsignals.m2m_changed.connect(r, sender=Book.tags.through)\nBook.objects.get(pk=1).tags.add(1, 3)\nresult = log",
    mvt: ({ Book, Tag, models }) => {
      const log: unknown[] = [];
      models.signals.m2m_changed.connect(({ sender, instance, action, reverse, model, pk_set }) =>
        log.push([(sender as { name: string }).name, instance.pk, action, reverse, model.name, [...(pk_set ?? [])].sort()]),
      { sender: Book._meta.many_to_many[0].through });
      void Tag;
      Book.objects.get({ pk: 1 }).tags.add(1, 3);
      return log;
    } },
  { name: "m2m_changed: remove() and clear() from the reverse side",
    python: "log = []\ndef r(sender, instance, action, reverse, model, pk_set, **kw):\n    log.append([action, reverse, model.__name__, sorted(pk_set) if pk_set is not None else None])\nsignals.m2m_changed.connect(r)\nt = Tag.objects.get(pk=2)\nt.books.remove(1)\nt.books.clear()\nresult = log",
    mvt: ({ Tag, models }) => {
      const log: unknown[] = [];
      models.signals.m2m_changed.connect(({ action, reverse, model, pk_set }) =>
        log.push([action, reverse, model.name, pk_set ? [...pk_set].sort() : null]));
      const t = Tag.objects.get({ pk: 2 });
      t.books.remove(1);
      t.books.clear();
      return log;
    } },
  { name: "prefetch_related() over a m2m is one more query",
    python: "result = [[t.name for t in b.tags.all()] for b in Book.objects.prefetch_related('tags')]",
    mvt: ({ Book }) => Book.objects.prefetch_related("tags").toArray().map((b) => b.tags.all().toArray().map((t) => t.name)) },
  { name: "prefetch_related() over a reverse m2m",
    python: "result = [[b.title for b in t.books.all()] for t in Tag.objects.order_by('id').prefetch_related('books')]",
    mvt: ({ Tag }) => Tag.objects.order_by("id").prefetch_related("books").toArray().map((t) => t.books.all().toArray().map((b) => b.title)) },
  { name: "without prefetch_related() a m2m in a loop is N+1",
    python: "result = [b.tags.count() for b in Book.objects.all()]",
    mvt: ({ Book }) => Book.objects.all().toArray().map((b) => b.tags.count()) },
  { name: "deleting a book deletes its links (fast delete of the through rows)",
    python: "result = [list(Book.objects.get(pk=3).delete()), Tag.objects.count()]",
    mvt: ({ Book, Tag }) => [Book.objects.get({ pk: 3 }).delete(), Tag.objects.count()] },
  { name: "explicit through: both managers read through Membership",
    python: "result = [list(Club.objects.get(pk=1).members.order_by('id')), list(Author.objects.get(pk=2).clubs.order_by('id'))]",
    mvt: ({ Club, Author }) => [Club.objects.get({ pk: 1 }).members.order_by("id"), Author.objects.get({ pk: 2 }).clubs.order_by("id")] },
  { name: "explicit through: filter on the through model's field",
    python: "Author.objects.filter(membership__role='chair')",
    mvt: ({ Author }) => Author.objects.filter({ membership__role: "chair" }) },
  { name: "explicit through: add() checks for existing links first",
    python: "c = Club.objects.get(pk=2)\nc.members.add(1, 2)\nresult = list(Membership.objects.filter(club_id=2).values_list('author_id', 'role'))",
    mvt: ({ Club, Membership }) => {
      const c = Club.objects.get({ pk: 2 });
      c.members.add(1, 2);
      return Membership.objects.filter({ club_id: 2 }).values_list("author_id", "role");
    } },
  { name: "self m2m is symmetrical: add() links both ways",
    python: "ann = Person.objects.get(pk=1)\nann.friends.add(3)\nresult = [list(ann.friends.order_by('id')), list(Person.objects.get(pk=3).friends.all())]",
    mvt: ({ Person }) => {
      const ann = Person.objects.get({ pk: 1 });
      ann.friends.add(3);
      return [ann.friends.order_by("id"), Person.objects.get({ pk: 3 }).friends.all()];
    } },
  { name: "self m2m: remove() unlinks both ways",
    python: "Person.objects.get(pk=2).friends.remove(1)\nresult = Person.objects.get(pk=1).friends.count()",
    mvt: ({ Person }) => {
      Person.objects.get({ pk: 2 }).friends.remove(1);
      return Person.objects.get({ pk: 1 }).friends.count();
    } },
  { name: "self FK: children and filter by parent name",
    python: "result = [list(Person.objects.get(pk=1).children.order_by('id')), list(Person.objects.filter(parent__name='Ann').order_by('-id'))]",
    mvt: ({ Person }) => [Person.objects.get({ pk: 1 }).children.order_by("id"), Person.objects.filter({ parent__name: "Ann" }).order_by("-id")] },
  { name: "an unknown m2m lookup lists the relation names among the choices",
    python: "Tag.objects.filter(novels__title='x')",
    mvt: ({ Tag }) => Tag.objects.filter({ novels__title: "x" }) },
];

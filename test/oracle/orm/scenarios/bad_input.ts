/** Bad input: Django's exception for each mistake, and no half-changed database afterwards. */
import type { Scenario } from "../scenario";

export const BAD_INPUT: Scenario[] = [
  { name: "unknown field raises FieldError before any query", python: "Book.objects.filter(titel='Dune')",
    mvt: ({ Book }) => Book.objects.filter({ titel: "Dune" }) },
  { name: "unknown lookup raises FieldError", python: "Book.objects.filter(title__foo='Dune')",
    mvt: ({ Book }) => Book.objects.filter({ title__foo: "Dune" }) },
  { name: "unknown field in order_by() raises FieldError", python: "Book.objects.order_by('nope')",
    mvt: ({ Book }) => Book.objects.order_by("nope") },
  { name: "a value of the wrong type raises ValueError", python: "Book.objects.filter(published='abc')",
    mvt: ({ Book }) => Book.objects.filter({ published: "abc" }) },
  { name: "a missing required value raises IntegrityError", python: "Review.objects.create(book_id=1)",
    mvt: ({ Review }) => Review.objects.create({ book_id: 1 }) },
  { name: "None for a NOT NULL column raises IntegrityError", python: "Book.objects.create(title=None, author_id=1)",
    mvt: ({ Book }) => Book.objects.create({ title: null, author_id: 1 }) },
  { name: "a unique violation raises IntegrityError", python: "Item.objects.create(slug='dune', price=1)",
    mvt: ({ Item }) => Item.objects.create({ slug: "dune", price: 1 }) },
  { name: "a foreign key to no row raises IntegrityError", python: "Book.objects.create(title='x', author_id=99)",
    mvt: ({ Book }) => Book.objects.create({ title: "x", author_id: 99 }) },
  { name: "a failed create leaves no row",
    python: "try:\n    Review.objects.create(book_id=1)\nexcept IntegrityError:\n    pass\nresult = Review.objects.count()",
    mvt: ({ Review }) => {
      try {
        Review.objects.create({ book_id: 1 });
      } catch {
        // IntegrityError, as in Django
      }
      return Review.objects.count();
    } },
  { name: "PROTECT raises ProtectedError and deletes nothing",
    python: "try:\n    Publisher.objects.all().delete()\nexcept models.ProtectedError:\n    pass\nresult = Publisher.objects.count()",
    mvt: ({ Publisher, models }) => {
      try {
        Publisher.objects.all().delete();
      } catch (error) {
        if (!(error instanceof models.ProtectedError)) throw error;
      }
      return Publisher.objects.count();
    } },
  { name: "atomic() rolls back the update when a later write fails",
    python: "try:\n    with transaction.atomic():\n        Book.objects.filter(pk=1).update(pages=1)\n        Review.objects.create(book_id=1)\nexcept IntegrityError:\n    pass\nresult = Book.objects.get(pk=1).pages",
    mvt: ({ Book, Review, transaction }) => {
      try {
        transaction.atomic(() => {
          Book.objects.filter({ pk: 1 }).update({ pages: 1 });
          Review.objects.create({ book_id: 1 });
        });
      } catch {
        // IntegrityError, as in Django
      }
      return Book.objects.get({ pk: 1 }).pages;
    } },
  { name: "update() of an unknown field raises FieldDoesNotExist", python: "Book.objects.update(nope=1)",
    mvt: ({ Book }) => Book.objects.update({ nope: 1 }) },
  { name: "get() with no match names the model", python: "Author.objects.get(name='Nobody')",
    mvt: ({ Author }) => Author.objects.get({ name: "Nobody" }) },
  { name: "annotate() with a name clashing with a field raises ValueError",
    python: "Book.objects.annotate(title=F('pages'))", mvt: ({ Book, models }) => Book.objects.annotate({ title: models.F("pages") }) },
];

/** delete() with Django's Collector: cascades, SET_NULL, PROTECT and the counts returned. */
import type { Scenario } from "../scenario";

export const DELETION: Scenario[] = [
  { name: "delete() of a leaf row",
    python: "result = list(Review.objects.get(pk=1).delete())",
    mvt: ({ Review }) => Review.objects.get({ pk: 1 }).delete() },
  { name: "delete() of a book cascades to reviews",
    python: "result = list(Book.objects.get(pk=7).delete())",
    mvt: ({ Book }) => Book.objects.get({ pk: 7 }).delete() },
  { name: "delete() of an author cascades and sets editors to NULL",
    python: "r = Author.objects.get(pk=2).delete()\nresult = [list(r), list(Book.objects.filter(editor__isnull=True).values_list('id', flat=True))]",
    mvt: ({ Author, Book }) => {
      const r = Author.objects.get({ pk: 2 }).delete();
      return [r, Book.objects.filter({ editor__isnull: true }).values_list("id", { flat: true }).toArray()];
    } },
  { name: "QuerySet.delete() of leaf rows is one fast DELETE",
    python: "result = list(Review.objects.filter(stars__lt=5).delete())",
    mvt: ({ Review }) => Review.objects.filter({ stars__lt: 5 }).delete() },
  { name: "QuerySet.delete() with cascades",
    python: "result = list(Book.objects.filter(published__lt=1970).delete())",
    mvt: ({ Book }) => Book.objects.filter({ published__lt: 1970 }).delete() },
  { name: "delete() protected by PROTECT raises ProtectedError and changes nothing",
    python: "try:\n    Publisher.objects.get(pk=1).delete()\nexcept models.ProtectedError as e:\n    result = ['ProtectedError', Publisher.objects.count()]",
    mvt: ({ Publisher, models }) => {
      try {
        Publisher.objects.get({ pk: 1 }).delete();
        return null;
      } catch (error) {
        if (!(error instanceof models.ProtectedError)) throw error;
        return ["ProtectedError", Publisher.objects.count()];
      }
    } },
  { name: "delete() of an unprotected publisher",
    python: "Author.objects.filter(publisher_id=2).update(publisher=None)\nresult = list(Publisher.objects.get(pk=2).delete())",
    mvt: ({ Author, Publisher }) => {
      Author.objects.filter({ publisher_id: 2 }).update({ publisher: null });
      return Publisher.objects.get({ pk: 2 }).delete();
    } },
  { name: "delete() of everything",
    python: "result = list(Author.objects.all().delete())",
    mvt: ({ Author }) => Author.objects.all().delete() },
  { name: "delete() of a sliced QuerySet raises",
    python: "Book.objects.all()[:2].delete()",
    mvt: ({ Book }) => Book.objects.all().slice(0, 2).delete() },
  { name: "delete() clears the pk",
    python: "r = Review.objects.get(pk=2)\nr.delete()\nresult = r.pk",
    mvt: ({ Review }) => {
      const r = Review.objects.get({ pk: 2 });
      r.delete();
      return r.pk;
    } },
];

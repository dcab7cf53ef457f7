/** Meta.constraints and Meta.indexes, abstract base models and custom managers, against Django. */
import type * as models from "../../../../sandbox/framework/db/models";
import type { Note, PostQuerySet } from "../models";
import type { Scenario } from "../scenario";

const INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orm_post' AND name NOT LIKE 'sqlite_%' ORDER BY name";

export const META: Scenario[] = [
  { name: "a subclass of an abstract base without Meta: concrete, with the base's Meta.ordering and manager",
    python: "list(Note.live_objects.values_list('text', 'created'))",
    mvt: ({ Note }) => Note.live_objects.values_list("text", "created").toArray() },
  { name: "a subclass of an abstract base without Meta: its own table, rows in the inherited order",
    python: "Note.live_objects.create(text='new', created=9, live=True)\nresult = [Note.live_objects.count(), Note.live_objects.first().text, list(Note._meta.ordering), Note._default_manager.name]",
    mvt: ({ Note }) => {
      // Stamped's LiveManager is typed for Post, its first user.
      const live = Note.live_objects as unknown as models.Manager<Note>;
      live.create({ text: "new", created: 9, live: true });
      return [live.count(), live.first()?.text, Note._meta.ordering, Note._default_manager.name];
    } },
  { name: "abstract base: inherited fields and Meta.ordering",
    python: "list(Post.objects.values_list('title', 'created', 'live'))",
    mvt: ({ Post }) => Post.objects.values_list("title", "created", "live").toArray() },
  { name: "custom QuerySet method through as_manager()",
    python: "Post.objects.ranked()", mvt: ({ Post }) => Post.objects.ranked() },
  { name: "custom QuerySet method after filter() keeps the class",
    python: "Post.objects.filter(live=True).ranked()", mvt: ({ Post }) => (Post.objects.filter({ live: true }) as PostQuerySet).ranked() },
  { name: "a manager inherited from the abstract base filters its rows",
    python: "[list(Post.live_objects.all()), Post.live_objects.count()]",
    mvt: ({ Post }) => [Post.live_objects.all(), Post.live_objects.count()] },
  { name: "the model's own manager comes before the base's as _default_manager",
    python: "Post._default_manager.count()", mvt: ({ Post }) => Post._default_manager.count() },
  { name: "a UniqueConstraint violation raises IntegrityError",
    python: "Post.objects.create(title='Hello', created=1)", mvt: ({ Post }) => Post.objects.create({ title: "Hello", created: 1 }) },
  { name: "a conditional UniqueConstraint allows rows outside its condition",
    python: "Post.objects.create(title='Draft', created=9)\nresult = Post.objects.filter(title='Draft').count()",
    mvt: ({ Post }) => { Post.objects.create({ title: "Draft", created: 9 }); return Post.objects.filter({ title: "Draft" }).count(); } },
  { name: "a conditional UniqueConstraint rejects a row inside its condition",
    python: "Post.objects.create(title='News', created=9, live=True)",
    mvt: ({ Post }) => Post.objects.create({ title: "News", created: 9, live: true }) },
  { name: "a CheckConstraint violation raises IntegrityError",
    python: "Post.objects.create(title='Neg', rank=-1)", mvt: ({ Post }) => Post.objects.create({ title: "Neg", rank: -1 }) },
  { name: "a constraint violation inside atomic() leaves no row",
    python: "try:\n    with transaction.atomic():\n        Post.objects.create(title='X')\n        Post.objects.create(title='X')\nexcept IntegrityError:\n    pass\nresult = Post.objects.count()",
    mvt: ({ Post, transaction }) => {
      try {
        transaction.atomic(() => {
          Post.objects.create({ title: "X" });
          Post.objects.create({ title: "X" });
        });
      } catch (error) {
        if (!(error instanceof Error) || error.name !== "IntegrityError") throw error;
      }
      return Post.objects.count();
    } },
  { name: "validate_unique() checks a UniqueConstraint",
    python: "Post(title='Hello', created=1).validate_unique()",
    mvt: ({ Post }) => new Post({ title: "Hello", created: 1 }).validate_unique() },
  { name: "Meta.indexes and conditional constraints are database indexes",
    python: "with connection.cursor() as cursor:\n    cursor.execute(\"" + INDEXES + "\")\n    result = [row[0] for row in cursor.fetchall()]",
    mvt: ({ Post }) => Post._meta.apps.connection.execute(INDEXES).rows.map((row) => row[0]) },
];

/** The oracle's models in `mvt`: the same as harness.py defines for Django. */
import * as models from "../../../sandbox/framework/db/models";
import { MaxValueValidator } from "../../../sandbox/framework/core/validators";

export class Publisher extends models.Model {
  static fields = { name: models.CharField({ max_length: 100 }) };
  declare name: string;
  declare authors: models.Manager<Author>;
  declare static objects: models.Manager<Publisher>;
}

export class Author extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 100 }),
    publisher: models.ForeignKey(Publisher, { on_delete: models.PROTECT, null: true, related_name: "authors" }),
  };
  declare name: string;
  declare publisher: Publisher | null;
  declare books: models.Manager<Book>;
  declare edited: models.Manager<Book>;
  declare profile: Profile;
  declare clubs: models.ManyRelatedManager<Club>;
  declare static objects: models.Manager<Author>;
}

export class Tag extends models.Model {
  static fields = { name: models.CharField({ max_length: 50 }) };
  declare name: string;
  declare books: models.ManyRelatedManager<Book>;
  declare static objects: models.Manager<Tag>;
}

export class Book extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
    editor: models.ForeignKey(Author, { on_delete: models.SET_NULL, null: true, related_name: "edited" }),
    published: models.IntegerField({ default: 2000 }),
    pages: models.IntegerField({ null: true }),
    done: models.BooleanField({ default: false }),
    added: models.DateTimeField({ null: true }),
    tags: models.ManyToManyField(Tag, { related_name: "books", blank: true }),
  };
  static Meta = { ordering: ["title"], get_latest_by: "published" };
  declare tags: models.ManyRelatedManager<Tag>;
  declare title: string;
  declare author: Author;
  declare author_id: number;
  declare editor: Author | null;
  declare editor_id: number | null;
  declare published: number;
  declare pages: number | null;
  declare done: boolean;
  declare added: Date | null;
  declare reviews: models.Manager<Review>;
  declare static objects: models.Manager<Book>;
}

export class Review extends models.Model {
  static fields = {
    book: models.ForeignKey(Book, { on_delete: models.CASCADE, related_name: "reviews" }),
    stars: models.IntegerField(),
  };
  declare book: Book;
  declare stars: number;
  declare static objects: models.Manager<Review>;
}

export class Profile extends models.Model {
  static fields = {
    author: models.OneToOneField(Author, { on_delete: models.CASCADE }),
    bio: models.CharField({ max_length: 100 }),
  };
  declare author: Author;
  declare bio: string;
  declare static objects: models.Manager<Profile>;
}

export class Club extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 50 }),
    members: models.ManyToManyField(Author, { through: "Membership", related_name: "clubs" }),
  };
  declare name: string;
  declare members: models.ManyRelatedManager<Author>;
  declare static objects: models.Manager<Club>;
}

export class Membership extends models.Model {
  static fields = {
    club: models.ForeignKey(Club, { on_delete: models.CASCADE }),
    author: models.ForeignKey(Author, { on_delete: models.CASCADE }),
    role: models.CharField({ max_length: 20, default: "member" }),
  };
  declare club: Club;
  declare author: Author;
  declare role: string;
  declare static objects: models.Manager<Membership>;
}

export class Person extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 50 }),
    friends: models.ManyToManyField("self", { blank: true }),
    parent: models.ForeignKey("self", { on_delete: models.SET_NULL, null: true, related_name: "children" }),
  };
  declare name: string;
  declare friends: models.ManyRelatedManager<Person>;
  declare parent: Person | null;
  declare children: models.Manager<Person>;
  declare static objects: models.Manager<Person>;
}

export class Item extends models.Model {
  static fields = {
    slug: models.SlugField({ unique: true }),
    email: models.EmailField({ blank: true }),
    url: models.URLField({ blank: true }),
    price: models.DecimalField({ max_digits: 6, decimal_places: 2 }),
    day: models.DateField({ null: true }),
    at: models.TimeField({ null: true }),
    took: models.DurationField({ null: true }),
    uid: models.UUIDField({ null: true }),
    data: models.JSONField({ null: true }),
    qty: models.PositiveIntegerField({ default: 0 }),
    rank: models.SmallIntegerField({ default: 0, validators: [MaxValueValidator(10)] }),
    ip: models.GenericIPAddressField({ null: true }),
    file: models.FileField({ upload_to: "docs/", blank: true }),
    kind: models.CharField({ max_length: 1, choices: [["a", "Alpha"], ["b", "Beta"]], default: "a" }),
  };
  static Meta = { unique_together: [["kind", "rank"]] };
  declare slug: string;
  declare price: string | number;
  declare day: string | null;
  declare data: unknown;
  declare rank: number;
  declare get_kind_display: () => string;
  declare static objects: models.Manager<Item>;
}

/** A manager that sees only live rows, declared on the abstract base (its subclasses inherit it). */
class LiveManager extends models.Manager<Post> {
  override get_queryset(): models.QuerySet<Post> {
    return super.get_queryset().filter({ live: true });
  }
}

/** An abstract base: fields, Meta.ordering and a manager for its subclasses, no table. */
export class Stamped extends models.Model {
  static fields: Record<string, models.Field> = {
    created: models.IntegerField({ default: 0 }),
    live: models.BooleanField({ default: false }),
  };
  static Meta: models.MetaOptions = { abstract: true, ordering: ["-created"] };
  static live_objects = new LiveManager();
}

export class PostQuerySet extends models.QuerySet<Post> {
  ranked(): PostQuerySet {
    return this.filter({ rank__gte: 1 }).order_by("-rank");
  }
}

export class Post extends Stamped {
  static override fields = {
    title: models.CharField({ max_length: 50 }),
    rank: models.IntegerField({ default: 0 }),
  };
  // `class Meta(Stamped.Meta)`: the base's options, then this model's.
  static override Meta: models.MetaOptions = {
    ...Stamped.Meta,
    abstract: false,
    constraints: [
      models.UniqueConstraint({ fields: ["title", "created"], name: "post_title_created_uniq" }),
      models.UniqueConstraint({ fields: ["title"], condition: models.Q({ live: true }), name: "post_live_title_uniq" }),
      models.CheckConstraint({ check: models.Q({ rank__gte: 0 }), name: "post_rank_gte_0" }),
    ],
    indexes: [models.Index({ fields: ["title", "-rank"], name: "post_title_rank_idx" })],
  };
  static override objects = PostQuerySet.as_manager();
  declare static live_objects: LiveManager;
  declare title: string;
  declare rank: number;
  declare created: number;
  declare live: boolean;
}

/** No Meta: the abstract base's options (ordering) as they are, and a model with a table, as in Django. */
export class Note extends Stamped {
  static override fields = { text: models.CharField({ max_length: 20 }) };
  declare text: string;
  declare created: number;
}

/** Every model, in creation order. */
export const MODELS = { Publisher, Author, Tag, Book, Review, Profile, Club, Membership, Person, Item, Post, Note };

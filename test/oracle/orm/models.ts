/** The oracle's models in `mvt`: the same as harness.py defines for Django. */
import * as models from "../../../sandbox/framework/db/models";

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
  declare static objects: models.Manager<Author>;
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
  };
  static Meta = { ordering: ["title"], get_latest_by: "published" };
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

/** Every model, in creation order (deleted in reverse). */
export const MODELS = { Publisher, Author, Book, Review };

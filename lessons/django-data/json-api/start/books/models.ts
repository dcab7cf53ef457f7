import { models } from "mvt";

export class Book extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    author: models.CharField({ max_length: 100 }),
    published: models.IntegerField(),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare author: string;
  declare published: number;
  declare static objects: models.Manager<Book>;

  toString() {
    return this.title;
  }

  /** The book as JSON data: what the API sends for one book. */
  to_dict() {
    return { id: this.pk, title: this.title, author: this.author, published: this.published };
  }
}

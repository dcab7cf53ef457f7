import { models } from "mvt";

export class Author extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 100 }),
  };
  static Meta = { ordering: ["name"] };
  declare name: string;
  declare static objects: models.Manager<Author>;

  toString() {
    return this.name;
  }
}

export class Book extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
    published: models.IntegerField(),
    /** Copies printed so far, and copies sold so far. */
    printed: models.IntegerField(),
    sold: models.IntegerField(),
    in_print: models.BooleanField({ default: true }),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare author: Author;
  declare author_id: number;
  declare published: number;
  declare printed: number;
  declare sold: number;
  declare in_print: boolean;
  declare static objects: models.Manager<Book>;

  toString() {
    return this.title;
  }
}

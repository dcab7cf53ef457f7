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
    sold: models.IntegerField({ default: 0 }),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare author: Author;
  declare author_id: number;
  declare published: number;
  declare sold: number;
  declare static objects: models.Manager<Book>;

  toString() {
    return this.title;
  }
}

import { models } from "mvt";

export class Category extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 100 }),
    slug: models.SlugField({ unique: true }),
  };
  static Meta = { ordering: ["name"] };
  declare name: string;
  declare slug: string;
  declare static objects: models.Manager<Category>;

  toString() {
    return this.name;
  }
}

export class Post extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    category: models.ForeignKey(Category, { on_delete: models.CASCADE, related_name: "posts" }),
    body: models.TextField(),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare category: Category;
  declare category_id: number;
  declare body: string;
  declare static objects: models.Manager<Post>;

  toString() {
    return this.title;
  }
}

import { models } from "mvt";

export class Category extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 100 }),
  };
  declare name: string;
  declare static objects: models.Manager<Category>;

  toString() {
    return this.name;
  }
}

export class Product extends models.Model {
  static fields = {
    name: models.CharField({ max_length: 200 }),
    category: models.ForeignKey(Category, { on_delete: models.CASCADE, related_name: "products" }),
    price: models.FloatField(),
    in_stock: models.BooleanField({ default: true }),
  };
  static Meta = { ordering: ["name"] };
  declare name: string;
  declare category: Category;
  declare category_id: number;
  declare price: number;
  declare in_stock: boolean;
  declare static objects: models.Manager<Product>;

  toString() {
    return this.name;
  }
}

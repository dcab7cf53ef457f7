import { models } from "mvt";

export class Post extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    body: models.TextField(),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare body: string;
  declare static objects: models.Manager<Post>;

  toString() {
    return this.title;
  }
}

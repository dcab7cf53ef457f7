import { auth, models } from "mvt";

export class Comment extends models.Model {
  static fields = {
    author: models.ForeignKey("auth.User", { on_delete: models.CASCADE, related_name: "comments" }),
    text: models.TextField(),
  };
  static Meta = { ordering: ["id"] };
  declare author: auth.User;
  declare author_id: number;
  declare text: string;
  declare static objects: models.Manager<Comment>;

  toString() {
    return this.text;
  }
}

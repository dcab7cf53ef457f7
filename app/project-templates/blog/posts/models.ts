import { models } from "mvt";

export class Post extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    body: models.TextField(),
  };
  static Meta = { ordering: ["-id"] };
  declare title: string;
  declare body: string;
  declare static objects: models.Manager<Post>;

  toString() {
    return this.title;
  }
}

export class Comment extends models.Model {
  static fields = {
    post: models.ForeignKey(Post, { on_delete: models.CASCADE, related_name: "comments" }),
    author: models.CharField({ max_length: 100 }),
    text: models.TextField(),
  };
  static Meta = { ordering: ["id"] };
  declare post: Post;
  declare post_id: number;
  declare author: string;
  declare text: string;
  declare static objects: models.Manager<Comment>;

  toString() {
    return `${this.author} on ${this.post_id}`;
  }
}

import { models } from "mvt";

export class Post extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    body: models.TextField(),
    /** How many comments the post has: kept up to date as comments are added, so the list need not count them. */
    comment_count: models.IntegerField({ default: 0 }),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare body: string;
  declare comment_count: number;
  declare static objects: models.Manager<Post>;

  toString() {
    return this.title;
  }
}

export class Comment extends models.Model {
  static fields = {
    post: models.ForeignKey(Post, { on_delete: models.CASCADE, related_name: "comments" }),
    name: models.CharField({ max_length: 80 }),
    body: models.TextField(),
  };
  static Meta = { ordering: ["id"] };
  declare post: Post;
  declare post_id: number;
  declare name: string;
  declare body: string;
  declare static objects: models.Manager<Comment>;

  toString() {
    return `${this.name} on ${this.post_id}`;
  }
}

import { models, receiver, signals } from "mvt";
import { Comment, Post } from "./models";

/** A new comment adds one to its post's comment_count, in the database (not on a copy in memory). */
receiver(signals.post_save, { sender: Comment })(function count_comment({ instance, created }) {
  if (!created) return;
  const comment = instance as Comment;
  Post.objects.filter({ pk: comment.post_id }).update({ comment_count: models.F("comment_count").add(1) });
});

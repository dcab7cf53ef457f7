import { HttpRequest, get_object_or_404, login_required, redirect, render, require_POST } from "mvt";
import { Comment } from "./models";

/** /comments/: every comment, and a form to add one. */
export function comment_list(request: HttpRequest) {
  const comments = Comment.objects.select_related("author");
  return render(request, "comments/list.html", { comments });
}

/** POST /comments/add/: a new comment by the logged-in user. */
export const add_comment = login_required(require_POST((request: HttpRequest) => {
  const text = (request.POST.get("text") ?? "").trim();
  if (text) Comment.objects.create({ author: request.user, text });
  return redirect("comments:list");
}));

/** POST /comments/<pk>/delete/: deletes the comment. */
export const delete_comment = require_POST((request: HttpRequest, { pk }: { pk: number }) => {
  const comment = get_object_or_404(Comment, { pk });
  comment.delete();
  return redirect("comments:list");
});

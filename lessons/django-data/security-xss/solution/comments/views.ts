import { HttpRequest, PermissionDenied, get_object_or_404, login_required, redirect, render, require_POST } from "mvt";
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

/** POST /comments/<pk>/delete/: only the comment's author may delete it. */
export const delete_comment = login_required(require_POST((request: HttpRequest, { pk }: { pk: number }) => {
  const comment = get_object_or_404(Comment, { pk });
  if (comment.author_id !== request.user.pk) throw new PermissionDenied();
  comment.delete();
  return redirect("comments:list");
}));

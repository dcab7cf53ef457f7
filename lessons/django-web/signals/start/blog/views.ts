import { HttpRequest, get_object_or_404, redirect, render } from "mvt";
import { CommentForm } from "./forms";
import { Comment, Post } from "./models";

export function post_list(request: HttpRequest) {
  return render(request, "blog/post_list.html", { posts: Post.objects.all() });
}

export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = get_object_or_404(Post, { pk });
  let form: CommentForm;
  if (request.method === "POST") {
    form = new CommentForm({ data: request.POST });
    if (form.is_valid()) {
      const comment = form.save({ commit: false }) as Comment;
      comment.post = post;
      comment.save();
      return redirect("blog:post_detail", { args: [post.pk] });
    }
  } else {
    form = new CommentForm();
  }
  const comments = Comment.objects.filter({ post });
  return render(request, "blog/post_detail.html", { post, comments, form });
}

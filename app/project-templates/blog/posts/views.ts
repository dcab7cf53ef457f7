import { HttpRequest, auth, get_object_or_404, redirect, render } from "mvt";
import { Comment, Post } from "./models";

export function post_list(request: HttpRequest) {
  const posts = Post.objects.all();
  return render(request, "posts/list.html", { posts });
}

/** Shows a post and its comments; a POST adds a comment, then redirects back (Post/Redirect/Get). */
export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = get_object_or_404(Post, { pk });
  if (request.method === "POST") {
    const author = request.POST.get("author") ?? "";
    const text = request.POST.get("text") ?? "";
    if (author && text) {
      Comment.objects.create({ post, author, text });
      return redirect("posts:detail", { args: [post.pk] });
    }
  }
  const comments = Comment.objects.filter({ post });
  return render(request, "posts/detail.html", { post, comments });
}

/** Only for logged-in users: anyone else is sent to the login page, and back here after. */
export const members = auth.login_required((request: HttpRequest) => {
  return render(request, "posts/members.html", { posts: Post.objects.order_by("title") });
});

import { HttpRequest, get_object_or_404, render } from "mvt";
import { Comment, Post } from "./models";

export function post_list(request: HttpRequest) {
  return render(request, "blog/post_list.html", { posts: Post.objects.all() });
}

export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = get_object_or_404(Post, { pk });
  if (request.method === "POST") {
    // Trusts whatever was sent: an empty comment is saved too, and the page is not redirected.
    const name = String(request.POST.get("name") ?? "");
    const body = String(request.POST.get("body") ?? "");
    Comment.objects.create({ post, name, body });
  }
  const comments = Comment.objects.filter({ post });
  return render(request, "blog/post_detail.html", { post, comments });
}

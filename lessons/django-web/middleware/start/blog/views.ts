import { HttpRequest, get_object_or_404, render } from "mvt";
import { Post } from "./models";

export function post_list(request: HttpRequest) {
  return render(request, "blog/post_list.html", { posts: Post.objects.all() });
}

export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = get_object_or_404(Post, { pk });
  return render(request, "blog/post_detail.html", { post });
}

import { HttpRequest, render } from "mvt";
import { Post } from "./models";

export function post_list(request: HttpRequest) {
  const posts = Post.objects.select_related("category");
  return render(request, "blog/post_list.html", { posts });
}

export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = Post.objects.select_related("category").get({ pk });
  return render(request, "blog/post_detail.html", { post });
}

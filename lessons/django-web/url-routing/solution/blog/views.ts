import { HttpRequest, get_object_or_404, render } from "mvt";
import { Category, Post } from "./models";

export function post_list(request: HttpRequest) {
  const posts = Post.objects.select_related("category");
  return render(request, "blog/post_list.html", { posts });
}

export function post_detail(request: HttpRequest, { pk }: { pk: number }) {
  const post = get_object_or_404(Post.objects.select_related("category"), { pk });
  return render(request, "blog/post_detail.html", { post });
}

export function category_detail(request: HttpRequest, { slug }: { slug: string }) {
  const category = get_object_or_404(Category, { slug });
  return render(request, "blog/category_detail.html", { category, posts: Post.objects.filter({ category }) });
}

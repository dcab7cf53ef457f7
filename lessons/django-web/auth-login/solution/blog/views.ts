import { HttpRequest, login_required, render } from "mvt";
import { Post } from "./models";

export function post_list(request: HttpRequest) {
  const posts = Post.objects.filter({ published: true });
  return render(request, "blog/post_list.html", { posts });
}

/** Unpublished posts: for members only. */
export const drafts = login_required((request: HttpRequest) => {
  const posts = Post.objects.filter({ published: false });
  return render(request, "blog/drafts.html", { posts });
});

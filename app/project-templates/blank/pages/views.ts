import { HttpRequest, render } from "mvt";

export function home(request: HttpRequest) {
  return render(request, "pages/home.html", { title: "It works" });
}

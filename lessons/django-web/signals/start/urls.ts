import { path, include } from "mvt";

export const urlpatterns = [
  path("blog/", include("blog.urls")),
];

import { path, include } from "mvt";

export const urlpatterns = [
  path("", include("blog.urls")),
];

import { path, include } from "mvt";

// The blog used to live at /posts/; it moved to /blog/ last week.
export const urlpatterns = [
  path("blog/", include("blog.urls")),
];

import { path, include } from "mvt";

export const urlpatterns = [
  path("documents/", include("library.urls")),
];

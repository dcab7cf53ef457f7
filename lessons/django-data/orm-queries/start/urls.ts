import { path, include } from "mvt";

export const urlpatterns = [
  path("books/", include("books.urls")),
];

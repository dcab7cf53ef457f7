import { path, include } from "mvt";

export const urlpatterns = [
  path("api/books/", include("books.urls")),
];

import { path, include } from "mvt";
import { author_list } from "./books/views";

export const urlpatterns = [
  path("books/", include("books.urls")),
  path("authors/", author_list, { name: "authors" }),
];

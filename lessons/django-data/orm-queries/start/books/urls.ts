import { path } from "mvt";
import * as views from "./views";

export const app_name = "books";

export const urlpatterns = [
  path("", views.book_list, { name: "list" }),
  path("reprint/", views.reprint_list, { name: "reprint" }),
  path("popular-authors/", views.popular_authors, { name: "popular_authors" }),
];

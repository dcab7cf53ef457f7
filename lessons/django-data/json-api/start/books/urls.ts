import { path } from "mvt";
import * as views from "./views";

export const app_name = "books";

export const urlpatterns = [
  path("", views.book_list, { name: "list" }),
  path("<int:pk>/", views.book_detail, { name: "detail" }),
];

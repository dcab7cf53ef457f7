import { path } from "mvt";
import * as views from "./views";

export const app_name = "shop";

export const urlpatterns = [
  path("", views.shop_stats, { name: "stats" }),
  path("books/", views.book_list, { name: "books" }),
  path("books/<int:pk>/sell/", views.sell, { name: "sell" }),
];

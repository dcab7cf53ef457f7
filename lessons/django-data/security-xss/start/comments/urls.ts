import { path } from "mvt";
import * as views from "./views";

export const app_name = "comments";

export const urlpatterns = [
  path("", views.comment_list, { name: "list" }),
  path("add/", views.add_comment, { name: "add" }),
  path("<int:pk>/delete/", views.delete_comment, { name: "delete" }),
];

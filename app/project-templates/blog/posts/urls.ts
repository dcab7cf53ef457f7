import { path } from "mvt";
import * as views from "./views";

export const app_name = "posts";

export const urlpatterns = [
  path("", views.post_list, { name: "list" }),
  path("posts/<int:pk>/", views.post_detail, { name: "detail" }),
  path("members/", views.members, { name: "members" }),
];

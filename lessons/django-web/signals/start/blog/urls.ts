import { path } from "mvt";
import * as views from "./views";

export const app_name = "blog";

export const urlpatterns = [
  path("", views.post_list, { name: "post_list" }),
  path("<int:pk>/", views.post_detail, { name: "post_detail" }),
];

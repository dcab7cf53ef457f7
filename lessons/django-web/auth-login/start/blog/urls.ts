import { path } from "mvt";
import * as views from "./views";

export const app_name = "blog";

export const urlpatterns = [
  path("", views.post_list, { name: "post_list" }),
  path("drafts/", views.drafts, { name: "drafts" }),
];

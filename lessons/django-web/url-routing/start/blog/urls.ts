import { path } from "mvt";
import * as views from "./views";

export const urlpatterns = [
  path("", views.post_list),
  path("<int:pk>/", views.post_detail),
];

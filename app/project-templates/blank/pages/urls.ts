import { path } from "mvt";
import * as views from "./views";

export const app_name = "pages";

export const urlpatterns = [
  path("", views.home, { name: "home" }),
];

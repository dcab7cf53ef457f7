import { path } from "mvt";
import * as views from "./views";

export const app_name = "library";

export const urlpatterns = [
  path("", views.document_list, { name: "list" }),
];

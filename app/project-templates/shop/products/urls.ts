import { path } from "mvt";
import * as views from "./views";

export const app_name = "products";

export const urlpatterns = [
  path("", views.product_list, { name: "list" }),
  path("api/products/", views.product_api, { name: "api" }),
];

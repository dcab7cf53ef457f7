import { path, include } from "mvt";

export const urlpatterns = [
  path("shop/", include("shop.urls")),
];

import { auth, path, include } from "mvt";

export const urlpatterns = [
  path("accounts/login/", auth.LoginView.as_view(), { name: "login" }),
  path("accounts/logout/", auth.LogoutView.as_view(), { name: "logout" }),
  path("comments/", include("comments.urls")),
];

import { path, include, settings, static_ } from "mvt";

export const urlpatterns = [
  path("documents/", include("library.urls")),
  // Serves uploaded files while DEBUG is on (in production, the web server does it).
  ...static_(settings.MEDIA_URL),
];

export const DEBUG = true;
export const INSTALLED_APPS = ["library"];
export const ROOT_URLCONF = "urls";
/** Where uploaded files are served from. They are kept in the project's media/ folder (Django: MEDIA_ROOT). */
export const MEDIA_URL = "/media/";

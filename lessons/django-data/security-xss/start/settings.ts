export const DEBUG = true;
export const SECRET_KEY = "dev-only-secret-change-me";
export const INSTALLED_APPS = ["mvt.contrib.auth", "mvt.contrib.sessions", "comments"];
export const MIDDLEWARE = [
  "mvt.contrib.sessions.middleware.SessionMiddleware",
  "mvt.middleware.csrf.CsrfViewMiddleware",
  "mvt.contrib.auth.middleware.AuthenticationMiddleware",
];
export const ROOT_URLCONF = "urls";
export const TEMPLATES = [{ OPTIONS: { context_processors: ["mvt.template.context_processors.csrf", "mvt.contrib.auth.context_processors.auth"] } }];
export const LOGIN_URL = "/accounts/login/";
export const LOGIN_REDIRECT_URL = "/comments/";
export const LOGOUT_REDIRECT_URL = "/comments/";

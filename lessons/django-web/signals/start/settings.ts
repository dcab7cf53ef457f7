export const DEBUG = true;
export const SECRET_KEY = "dev-only-secret-change-me";
export const INSTALLED_APPS = ["blog"];
export const MIDDLEWARE = ["mvt.middleware.csrf.CsrfViewMiddleware"];
export const ROOT_URLCONF = "urls";

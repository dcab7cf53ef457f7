export const DEBUG = true;
export const INSTALLED_APPS = ["products"];
export const ROOT_URLCONF = "urls";

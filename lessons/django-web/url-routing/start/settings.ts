export const DEBUG = true;
export const INSTALLED_APPS = ["blog"];
export const ROOT_URLCONF = "urls";

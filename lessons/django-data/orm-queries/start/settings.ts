export const DEBUG = true;
export const INSTALLED_APPS = ["books"];
export const ROOT_URLCONF = "urls";

export const DEBUG = true;
export const INSTALLED_APPS = ["posts"];
export const ROOT_URLCONF = "urls";

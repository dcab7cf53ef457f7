export const DEBUG = true;
export const INSTALLED_APPS = ["pages"];
export const ROOT_URLCONF = "urls";

export const DEBUG = true;
export const INSTALLED_APPS = ["shop"];
export const ROOT_URLCONF = "urls";
export const CACHES = {
  default: { BACKEND: "mvt.core.cache.backends.locmem.LocMemCache" },
};

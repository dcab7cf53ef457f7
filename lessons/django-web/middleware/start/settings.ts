export const DEBUG = true;
export const SECRET_KEY = "dev-only-secret-change-me";
export const INSTALLED_APPS = ["mvt.contrib.auth", "mvt.contrib.sessions", "mvt.contrib.messages", "blog"];
// Django's startproject list. A request goes down it, the response comes back up.
export const MIDDLEWARE = [
  "mvt.middleware.security.SecurityMiddleware",
  "mvt.contrib.sessions.middleware.SessionMiddleware",
  "mvt.middleware.common.CommonMiddleware",
  "mvt.middleware.csrf.CsrfViewMiddleware",
  "mvt.contrib.auth.middleware.AuthenticationMiddleware",
  "mvt.contrib.messages.middleware.MessageMiddleware",
  "mvt.middleware.clickjacking.XFrameOptionsMiddleware",
];
export const ROOT_URLCONF = "urls";
export const TEMPLATES = [
  {
    OPTIONS: {
      context_processors: [
        "mvt.contrib.auth.context_processors.auth",
        "mvt.contrib.messages.context_processors.messages",
      ],
    },
  },
];

/** A small project with the full default middleware stack, for middleware, session, CSRF and auth tests. */
import initSqlJs from "sql.js";
import { Client, HttpResponse, path, setup, type HttpRequest, type Project } from "../../../../sandbox/framework";

const SQL = await initSqlJs();

/** Django's default MIDDLEWARE from startproject, in mvt's names. */
export const DEFAULT_MIDDLEWARE = [
  "mvt.middleware.security.SecurityMiddleware",
  "mvt.contrib.sessions.middleware.SessionMiddleware",
  "mvt.middleware.common.CommonMiddleware",
  "mvt.middleware.csrf.CsrfViewMiddleware",
  "mvt.contrib.auth.middleware.AuthenticationMiddleware",
  "mvt.contrib.messages.middleware.MessageMiddleware",
  "mvt.middleware.clickjacking.XFrameOptionsMiddleware",
];

type View = (request: HttpRequest, kwargs: Record<string, unknown>) => HttpResponse | Promise<HttpResponse>;

/** Builds a project whose urls map "path/" to each view; settings override the defaults below. */
export function makeProject(views: Record<string, View>, settings: Record<string, unknown> = {}, extraModules: Record<string, Record<string, unknown>> = {}): Project {
  return setup({
    modules: {
      settings: {
        DEBUG: false,
        SECRET_KEY: "test-secret-key",
        INSTALLED_APPS: ["mvt.contrib.auth", "mvt.contrib.sessions", "mvt.contrib.messages"],
        MIDDLEWARE: DEFAULT_MIDDLEWARE,
        ROOT_URLCONF: "urls",
        TEMPLATES: [{ OPTIONS: { context_processors: ["mvt.template.context_processors.csrf", "mvt.contrib.auth.context_processors.auth", "mvt.contrib.messages.context_processors.messages"] } }],
        ...settings,
      },
      urls: { urlpatterns: Object.entries(views).map(([route, view]) => path(route, view)) },
      ...extraModules,
    },
    templates: { "form.html": "<form>{% csrf_token %}</form>", "whoami.html": "{{ user.username }}|{{ perms.auth.add_user }}" },
    database: new SQL.Database(),
  });
}

/** A test client that, like Django's with enforce_csrf_checks, sends requests as a browser would. */
export function client(project: Project): Client {
  return new Client(project, true);
}

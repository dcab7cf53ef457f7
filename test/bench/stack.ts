/**
 * Middleware stack benchmarks: requests per second through Django's default middleware
 * (security, sessions, common, CSRF, auth, messages, clickjacking) with a logged-in
 * session, against the same view with no middleware, in one run; and PBKDF2 at Django's
 * default 260000 iterations (synchronous, as mvt's make_password runs in Node and the worker).
 */
import initSqlJs from "sql.js";
import { Client, HttpResponse, path, setup, type HttpRequest } from "../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../sandbox/framework/contrib/auth/hashers";
import { User } from "../../sandbox/framework/contrib/auth/models";
import { login } from "../../sandbox/framework/contrib/auth/login";
import { medianTime } from "./stats";

export interface StackReport {
  /** Requests per second through the full default stack, logged in. */
  fullStackRps: number;
  /** Requests per second for the same view with MIDDLEWARE = []. */
  bareRps: number;
  /** bareRps / fullStackRps. */
  overhead: number;
  /** make_password() at Django's default iterations, median ms. */
  pbkdf2Ms: number;
}

const MIDDLEWARE = [
  "mvt.middleware.security.SecurityMiddleware",
  "mvt.contrib.sessions.middleware.SessionMiddleware",
  "mvt.middleware.common.CommonMiddleware",
  "mvt.middleware.csrf.CsrfViewMiddleware",
  "mvt.contrib.auth.middleware.AuthenticationMiddleware",
  "mvt.contrib.messages.middleware.MessageMiddleware",
  "mvt.middleware.clickjacking.XFrameOptionsMiddleware",
];

/** One hasher iteration keeps logging in cheap; the stack is what is measured. */
class OneRound extends PBKDF2PasswordHasher {
  override iterations = 1;
}

async function rps(middleware: string[], requests: number): Promise<number> {
  const SQL = await initSqlJs();
  const views = {
    hello: (request: HttpRequest) => new HttpResponse(`hello ${request.user?.is_authenticated ? request.user.get_username() : "anonymous"}`),
    login: (request: HttpRequest) => {
      login(request, User.objects.get({ username: "bench" }));
      return new HttpResponse("in");
    },
  };
  const project = setup({
    modules: {
      settings: {
        SECRET_KEY: "bench", INSTALLED_APPS: ["mvt.contrib.auth", "mvt.contrib.sessions", "mvt.contrib.messages"],
        MIDDLEWARE: middleware, ROOT_URLCONF: "urls", PASSWORD_HASHERS: [OneRound],
      },
      urls: { urlpatterns: [path("", views.hello), path("login/", views.login)] },
    },
    database: new SQL.Database(),
  });
  const user = new User({ username: "bench" });
  user.set_password("pw");
  user.save();
  const client = new Client(project);
  if (middleware.length) client.get("/login/");
  for (let i = 0; i < 50; i++) client.get("/");
  const ms = medianTime(5, () => {
    for (let i = 0; i < requests; i++) client.get("/");
  });
  return Math.round((requests / ms) * 1000);
}

/** Runs the stack and PBKDF2 benchmarks. */
export async function benchStack(requests = 500): Promise<StackReport> {
  const fullStackRps = await rps(MIDDLEWARE, requests);
  const bareRps = await rps([], requests);
  const hasher = new PBKDF2PasswordHasher();
  const pbkdf2Ms = medianTime(3, () => void hasher.encode("correct horse battery staple", "benchsalt"));
  return { fullStackRps, bareRps, overhead: Math.round((bareRps / fullStackRps) * 10) / 10, pbkdf2Ms: Math.round(pbkdf2Ms) };
}

/** The test client's login(), force_login() and logout(), with Django's semantics: the session cookie is the client's. */
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { auth, Client, HttpResponse, login_required, path, settings, setup, type HttpRequest } from "../../../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../../../sandbox/framework/contrib/auth/hashers";
import { User } from "../../../../sandbox/framework/contrib/auth/models";
import { DEFAULT_MIDDLEWARE } from "../middleware/project";

const SQL = await initSqlJs();

class FastHasher extends PBKDF2PasswordHasher {
  override iterations = 10;
}

function project() {
  const made = setup({
    modules: {
      settings: { SECRET_KEY: "k", INSTALLED_APPS: ["mvt.contrib.auth", "mvt.contrib.sessions"], MIDDLEWARE: DEFAULT_MIDDLEWARE, ROOT_URLCONF: "urls", PASSWORD_HASHERS: [FastHasher] },
      urls: {
        urlpatterns: [
          path("me/", login_required((request: HttpRequest) => new HttpResponse(`me: ${(request.user as User).username}`))),
        ],
      },
    },
    templates: {},
    database: new SQL.Database(),
  });
  const user = User.objects.create({ username: "ann" });
  user.set_password("correct horse");
  user.save();
  return { user, c: new Client(made) };
}

describe("Client.login, force_login and logout", () => {
  it("login() checks the credentials, sets the session cookie, and the next request is the user's", () => {
    const { c } = project();
    expect(c.login({ username: "ann", password: "wrong" })).toBe(false);
    expect(c.cookies[settings.SESSION_COOKIE_NAME]).toBeUndefined();
    expect(c.get("/me/").status_code).toBe(302);
    expect(c.login({ username: "ann", password: "correct horse" })).toBe(true);
    expect(c.cookies[settings.SESSION_COOKIE_NAME]).toMatch(/^[a-z0-9]{32}$/);
    expect(c.get("/me/").content).toBe("me: ann");
    expect(User.objects.get({ username: "ann" }).last_login).not.toBeNull();
  });

  it("force_login() needs no password and uses the first backend", () => {
    const { c, user } = project();
    c.force_login(user);
    expect(c.get("/me/").content).toBe("me: ann");
  });

  it("logout() flushes the session, sends user_logged_out and forgets the cookies", () => {
    const { c, user } = project();
    c.force_login(user);
    const loggedOut: unknown[] = [];
    const receiver = (args: { user: unknown }) => void loggedOut.push(args.user);
    auth.user_logged_out.connect(receiver);
    c.logout();
    auth.user_logged_out.disconnect(receiver);
    expect(c.cookies).toEqual({});
    expect(loggedOut).toHaveLength(1);
    expect(c.get("/me/").status_code).toBe(302);
  });
});

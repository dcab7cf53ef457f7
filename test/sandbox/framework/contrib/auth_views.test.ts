/** LoginView, LogoutView, PasswordChangeView and the access mixins through the test client, as a learner's project uses them. */
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { auth, Client, generic, HttpResponse, path, setup, type HttpRequest } from "../../../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../../../sandbox/framework/contrib/auth/hashers";
import { User } from "../../../../sandbox/framework/contrib/auth/models";
import { DEFAULT_MIDDLEWARE } from "../middleware/project";

const SQL = await initSqlJs();

class FastHasher extends PBKDF2PasswordHasher {
  override iterations = 10;
}

class Secret extends auth.LoginRequiredMixin(generic.TemplateView) {
  static override template_name = "secret.html";
}
class Editors extends auth.PermissionRequiredMixin(generic.TemplateView) {
  static override template_name = "secret.html";
  static permission_required = "auth.change_group";
}
class Staff extends auth.UserPassesTestMixin(generic.TemplateView) {
  static override template_name = "secret.html";
  static override raise_exception = true;
  test_func(): boolean {
    return (this.request.user as User).is_staff;
  }
}

const TEMPLATES = {
  "registration/login.html": "{{ form.non_field_errors }}{{ form.username }}|next={{ next }}",
  "registration/logged_out.html": "{{ title }}",
  "registration/password_change_form.html": "{% for e in form.old_password.errors %}{{ e }}\n{% endfor %}{% for e in form.new_password2.errors %}{{ e }}\n{% endfor %}",
  "registration/password_change_done.html": "{{ title }}",
  "secret.html": "secret for {{ user.username }}",
};

function project(settings: Record<string, unknown> = {}) {
  const made = setup({
    modules: {
      settings: {
        SECRET_KEY: "k", INSTALLED_APPS: ["mvt.contrib.auth", "mvt.contrib.sessions"], MIDDLEWARE: DEFAULT_MIDDLEWARE, ROOT_URLCONF: "urls",
        PASSWORD_HASHERS: [FastHasher],
        TEMPLATES: [{ OPTIONS: { context_processors: ["mvt.contrib.auth.context_processors.auth"] } }],
        ...settings,
      },
      urls: {
        urlpatterns: [
          path("accounts/login/", auth.LoginView.as_view(), { name: "login" }),
          path("accounts/logout/", auth.LogoutView.as_view(), { name: "logout" }),
          path("password/", auth.PasswordChangeView.as_view(), { name: "password_change" }),
          path("password/done/", auth.PasswordChangeDoneView.as_view(), { name: "password_change_done" }),
          path("secret/", Secret.as_view()),
          path("editors/", Editors.as_view()),
          path("staff/", Staff.as_view()),
          path("accounts/profile/", (_r: HttpRequest) => new HttpResponse("profile")),
        ],
      },
    },
    templates: TEMPLATES,
    database: new SQL.Database(),
  });
  const user = User.objects.create({ username: "ann", email: "ann@example.com" });
  user.set_password("correct horse");
  user.save();
  return { made, user, c: new Client(made) };
}

/** Logs "ann" in through the login page (mvt's Client has no login() yet). */
function logIn(c: Client): void {
  expect(c.post("/accounts/login/", { username: "ann", password: "correct horse" }).status_code).toBe(302);
}

describe("LoginView and LogoutView", () => {
  it("shows the form, rejects a wrong password with Django's message, logs in and follows a safe next", () => {
    const { c } = project();
    expect(c.get("/accounts/login/?next=/secret/").content).toContain("next=/secret/");
    const wrong = c.post("/accounts/login/", { username: "ann", password: "nope" });
    expect(wrong.status_code).toBe(200);
    expect(wrong.content).toContain("Please enter a correct username and password. Note that both fields may be case-sensitive.");
    const right = c.post("/accounts/login/", { username: "ann", password: "correct horse", next: "/secret/" });
    expect([right.status_code, right.headers["Location"]]).toEqual([302, "/secret/"]);
    expect(right.headers["Cache-Control"]).toContain("no-cache");
    expect(c.get("/secret/").content).toBe("secret for ann");
  });

  it("ignores a next that leaves the site and goes to LOGIN_REDIRECT_URL", () => {
    const { c } = project();
    const response = c.post("/accounts/login/", { username: "ann", password: "correct horse", next: "https://evil.example/" });
    expect(response.headers["Location"]).toBe("/accounts/profile/");
  });

  it("logs out and shows logged_out.html, or redirects to LOGOUT_REDIRECT_URL", () => {
    const { c } = project({ LOGOUT_REDIRECT_URL: "login" });
    logIn(c);
    const response = c.post("/accounts/logout/");
    expect([response.status_code, response.headers["Location"]]).toEqual([302, "/accounts/login/"]);
    expect(c.get("/secret/").status_code).toBe(302);
    const { c: other } = project();
    expect(other.get("/accounts/logout/").content).toBe("Logged out");
  });
});

describe("PasswordChangeView", () => {
  it("requires login, checks the old password and the validators, keeps the session after a change", () => {
    const { c } = project({ AUTH_PASSWORD_VALIDATORS: [{ NAME: "django.contrib.auth.password_validation.MinimumLengthValidator" }, { NAME: "django.contrib.auth.password_validation.NumericPasswordValidator" }] });
    expect(c.get("/password/").headers["Location"]).toBe("/accounts/login/?next=/password/");
    logIn(c);
    const bad = c.post("/password/", { old_password: "wrong", new_password1: "1234", new_password2: "1234" });
    expect(bad.content.split("\n")).toEqual([
      "Your old password was entered incorrectly. Please enter it again.",
      "This password is too short. It must contain at least 8 characters.",
      "This password is entirely numeric.",
      "",
    ]);
    const good = c.post("/password/", { old_password: "correct horse", new_password1: "battery staple", new_password2: "battery staple" });
    expect(good.headers["Location"]).toBe("/password/done/");
    expect(c.get("/password/done/").content).toBe("Password change successful");
    expect(User.objects.get({ username: "ann" }).check_password("battery staple")).toBe(true);
  });
});

describe("access mixins", () => {
  it("LoginRequiredMixin redirects with next; PermissionRequiredMixin answers 403 to a logged-in user without the permission", () => {
    const { c, user } = project();
    expect(c.get("/secret/?x=1").headers["Location"]).toBe("/accounts/login/?next=/secret/%3Fx%3D1");
    expect(c.get("/editors/").status_code).toBe(302);
    logIn(c);
    expect(c.get("/editors/").status_code).toBe(403);
    user.user_permissions.add(auth.Permission.objects.get({ codename: "change_group" }));
    expect(c.get("/editors/").content).toBe("secret for ann");
  });

  it("UserPassesTestMixin runs test_func; raise_exception answers 403 even to anonymous users", () => {
    const { c, user } = project();
    expect(c.get("/staff/").status_code).toBe(403);
    user.is_staff = true;
    user.save();
    logIn(c);
    expect(c.get("/staff/").status_code).toBe(200);
  });
});

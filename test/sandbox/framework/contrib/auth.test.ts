import { describe, expect, it } from "vitest";
import { auth, HttpResponse, login_required, permission_required, type HttpRequest } from "../../../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../../../sandbox/framework/contrib/auth/hashers";
import { Group, Permission, User } from "../../../../sandbox/framework/contrib/auth/models";
import { BaseUserManager } from "../../../../sandbox/framework/contrib/auth/base_user";
import { ValueError } from "../../../../sandbox/framework/core/exceptions";
import { client, makeProject } from "../middleware/project";

/** A cheap hasher keeps these tests fast; the oracle tests cover Django's default iterations. */
class FastHasher extends PBKDF2PasswordHasher {
  override iterations = 10;
}
const FAST = { PASSWORD_HASHERS: [FastHasher] };

const views = {
  "login/": (request: HttpRequest) => {
    const user = auth.authenticate(request, { username: request.POST.get("username"), password: request.POST.get("password") });
    if (!user) return new HttpResponse("invalid", { status: 401 });
    auth.login(request, user);
    return new HttpResponse("welcome");
  },
  "logout/": (request: HttpRequest) => {
    auth.logout(request);
    return new HttpResponse("bye");
  },
  "me/": (request: HttpRequest) => new HttpResponse(request.user.is_authenticated ? request.user.get_username() : "anonymous"),
  "secret/": login_required((_request: HttpRequest) => new HttpResponse("secret")),
  "add/": permission_required("auth.add_group", { raise_exception: true })((_request: HttpRequest) => new HttpResponse("added")),
};

function loggedInClient(settings: Record<string, unknown> = {}) {
  const project = makeProject(views, { ...FAST, ...settings });
  const c = client(project);
  const user = User.objects.create({ username: "ann" });
  user.set_password("pw-1234");
  user.save();
  return { project, c, user };
}

/** Posts a login form: the test client keeps CSRF enforced, so send the token as a browser would. */
function postLogin(c: ReturnType<typeof client>, username: string, password: string) {
  const token = c.cookies["csrftoken"] ?? "";
  return c.post("/login/", { username, password, csrfmiddlewaretoken: token });
}

describe("authenticate, login and logout", () => {
  it("rejects a login POST without a CSRF token under the default middleware", () => {
    const { c } = loggedInClient();
    expect(postLogin(c, "ann", "pw-1234").status_code).toBe(403);
  });

  it("accepts the right password, rejects a wrong one and inactive users", () => {
    const { c, user } = loggedInClient({ MIDDLEWARE: ["mvt.contrib.sessions.middleware.SessionMiddleware", "mvt.contrib.auth.middleware.AuthenticationMiddleware"] });
    expect(postLogin(c, "ann", "wrong").status_code).toBe(401);
    expect(postLogin(c, "nobody", "pw-1234").status_code).toBe(401);
    const first = c.cookies["sessionid"];
    expect(postLogin(c, "ann", "pw-1234").content).toBe("welcome");
    expect(c.cookies["sessionid"]).not.toBe(first);
    expect(c.get("/me/").content).toBe("ann");
    expect(User.objects.get({ pk: user.pk }).last_login).toBeInstanceOf(Date);
    expect(c.get("/logout/").content).toBe("bye");
    expect(c.get("/me/").content).toBe("anonymous");
    user.is_active = false;
    user.save();
    expect(postLogin(c, "ann", "pw-1234").status_code).toBe(401);
  });

  it("sends user_logged_in, user_logged_out and user_login_failed (passwords masked)", () => {
    const { c } = loggedInClient({ MIDDLEWARE: ["mvt.contrib.sessions.middleware.SessionMiddleware", "mvt.contrib.auth.middleware.AuthenticationMiddleware"] });
    const events: string[] = [];
    auth.user_logged_in.connect(({ user }) => void events.push(`in ${user.get_username()}`));
    auth.user_logged_out.connect(({ user }) => void events.push(`out ${user?.get_username() ?? "nobody"}`));
    auth.user_login_failed.connect(({ credentials }) => void events.push(`failed ${JSON.stringify(credentials)}`));
    postLogin(c, "ann", "nope");
    postLogin(c, "ann", "pw-1234");
    c.get("/logout/");
    expect(events).toEqual(['failed {"username":"ann","password":"********************"}', "in ann", "out ann"]);
  });

  it("ends the session when the password changes", () => {
    const { c, user } = loggedInClient({ MIDDLEWARE: ["mvt.contrib.sessions.middleware.SessionMiddleware", "mvt.contrib.auth.middleware.AuthenticationMiddleware"] });
    postLogin(c, "ann", "pw-1234");
    user.set_password("new-password");
    user.save();
    expect(c.get("/me/").content).toBe("anonymous");
  });

  it("login_required redirects with ?next=, permission_required answers 403", () => {
    const { c } = loggedInClient({ MIDDLEWARE: ["mvt.contrib.sessions.middleware.SessionMiddleware", "mvt.contrib.auth.middleware.AuthenticationMiddleware"] });
    const response = c.get("/secret/");
    expect([response.status_code, response.headers["Location"]]).toEqual([302, "/accounts/login/?next=/secret/"]);
    postLogin(c, "ann", "pw-1234");
    expect(c.get("/secret/").content).toBe("secret");
    expect(c.get("/add/").status_code).toBe(403);
  });
});

// Expected values are Django 3.2's for the same calls.
describe("User.objects (UserManager)", () => {
  it("creates users and superusers with hashed passwords and a normalised email", () => {
    makeProject(views, FAST);
    const ann = User.objects.create_user("ann", "Ann@EXAMPLE.COM", "pw", { first_name: "Ann" });
    expect([ann.email, ann.is_staff, ann.is_superuser, ann.is_active, ann.check_password("pw"), ann.first_name]).toEqual(["Ann@example.com", false, false, true, true, "Ann"]);
    const root = User.objects.create_superuser("root", null, "pw");
    expect([root.email, root.is_staff, root.is_superuser]).toEqual(["", true, true]);
    expect(User.objects.create_user("nopw").has_usable_password()).toBe(false);
    expect(User.objects.get_by_natural_key("ann").pk).toBe(ann.pk);
    expect(User.objects.create_user("\ufb01").username).toBe("fi");
  });

  it("refuses what Django refuses, with its messages", () => {
    makeProject(views, FAST);
    expect(() => User.objects.create_superuser("x", "x@x.x", "pw", { is_staff: false })).toThrow(new ValueError("Superuser must have is_staff=True."));
    expect(() => User.objects.create_superuser("x", "x@x.x", "pw", { is_superuser: false })).toThrow(new ValueError("Superuser must have is_superuser=True."));
    expect(() => User.objects.create_user("")).toThrow(new ValueError("The given username must be set"));
    expect(User.objects.count()).toBe(0);
  });

  it("normalises emails as BaseUserManager.normalize_email", () => {
    const cases: Array<[string | null, string]> = [["Ann@EXAMPLE.COM", "Ann@example.com"], ["  bob@Example.Org ", "bob@example.org"], ["no-at-sign", "no-at-sign"], [null, ""], ["a@b@C.COM", "a@b@c.com"]];
    expect(cases.map(([email]) => BaseUserManager.normalize_email(email))).toEqual(cases.map(([, normal]) => normal));
  });
});

describe("permissions", () => {
  it("creates add/change/delete/view for every model and answers has_perm through groups and directly", () => {
    const { user } = loggedInClient();
    expect([...Permission.objects.filter({ codename__endswith: "_group" }).values_list("codename", { flat: true })].sort()).toEqual(["add_group", "change_group", "delete_group", "view_group"]);
    const editors = Group.objects.create({ name: "editors" });
    editors.permissions.add(Permission.objects.get({ codename: "add_group" }));
    user.groups.add(editors);
    user.user_permissions.add(Permission.objects.get({ codename: "view_user" }));
    const fresh = User.objects.get({ pk: user.pk });
    expect(fresh.has_perm("auth.add_group")).toBe(true);
    expect(fresh.has_perms(["auth.add_group", "auth.view_user"])).toBe(true);
    expect(fresh.has_perm("auth.delete_group")).toBe(false);
    expect(fresh.has_module_perms("auth")).toBe(true);
    expect(fresh.has_module_perms("sessions")).toBe(false);
    expect([...fresh.get_all_permissions()].sort()).toEqual(["auth.add_group", "auth.view_user"]);
    fresh.is_active = false;
    expect(fresh.has_perm("auth.add_group")).toBe(false);
    const boss = auth.createsuperuser({ username: "boss", password: "x" }) as User;
    expect([boss.has_perm("anything.at_all"), boss.is_staff]).toEqual([true, true]);
    expect(() => auth.createsuperuser({ username: "boss", password: "x" })).toThrow("A user with that username already exists.");
  });
});

/** has_perm, has_perms, has_module_perms and get_all_permissions agree with Django for the same users and groups. */
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { setup } from "../../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../../sandbox/framework/contrib/auth/hashers";
import { Group, Permission, User } from "../../../sandbox/framework/contrib/auth/models";
import { django, djangoAvailable, SECRET_KEY } from "./django";

const available = djangoAvailable();

class FastHasher extends PBKDF2PasswordHasher {
  override iterations = 1;
}

const SCENARIO = {
  groups: { editors: ["auth.add_group", "auth.change_group"], viewers: ["auth.view_user", "sessions.view_session"] },
  users: [
    { username: "ed", groups: ["editors"] },
    { username: "both", groups: ["editors", "viewers"], perms: ["auth.delete_user"] },
    { username: "direct", perms: ["auth.view_permission"] },
    { username: "sleepy", groups: ["editors"], is_active: false },
    { username: "root", is_superuser: true },
    { username: "sleepyroot", is_superuser: true, is_active: false },
    { username: "nobody" },
  ],
  checks: ["auth.add_group", "auth.change_group", "auth.view_user", "auth.delete_user", "sessions.view_session", "books.add_book"],
  apps: ["auth", "sessions", "books"],
};

/** The same scenario in mvt. */
async function mvtAnswers(): Promise<Record<string, unknown>> {
  const SQL = await initSqlJs();
  setup({
    modules: {
      settings: { SECRET_KEY, INSTALLED_APPS: ["mvt.contrib.contenttypes", "mvt.contrib.auth", "mvt.contrib.sessions"], ROOT_URLCONF: "urls", PASSWORD_HASHERS: [FastHasher] },
      urls: { urlpatterns: [] },
    },
    database: new SQL.Database(),
  });
  const perm = (label: string) => Permission.objects.get({ content_type__app_label: label.split(".")[0], codename: label.split(".")[1] });
  for (const [name, labels] of Object.entries(SCENARIO.groups)) Group.objects.create({ name }).permissions.set(labels.map(perm));
  const answers: Record<string, unknown> = {};
  for (const spec of SCENARIO.users) {
    const created = User.objects.create({ username: spec.username, is_active: spec.is_active ?? true, is_superuser: spec.is_superuser ?? false });
    created.groups.set([...Group.objects.filter({ name__in: spec.groups ?? [] })]);
    created.user_permissions.set((spec.perms ?? []).map(perm));
    const user = User.objects.get({ pk: created.pk });
    answers[spec.username] = {
      has_perm: SCENARIO.checks.map((p) => user.has_perm(p)),
      has_perms: user.has_perms(SCENARIO.checks.slice(0, 2)),
      module: SCENARIO.apps.map((app) => user.has_module_perms(app)),
      all: [...user.get_all_permissions()].sort(),
    };
  }
  return answers;
}

describe.skipIf(!available)("permission checks match Django", () => {
  it("for users with groups, direct permissions, inactive and superuser flags", async () => {
    const [expected] = django([{ op: "perms", ...SCENARIO }]);
    expect(expected?.error).toBeUndefined();
    expect(await mvtAnswers()).toEqual(expected?.ok);
  });
});

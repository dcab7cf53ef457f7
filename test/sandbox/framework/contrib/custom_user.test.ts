/** settings.AUTH_USER_MODEL: a custom user model replaces auth.User, with its own groups and permissions tables. */
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { auth, get_user_model, models, setup } from "../../../../sandbox/framework";
import { PBKDF2PasswordHasher } from "../../../../sandbox/framework/contrib/auth/hashers";

const SQL = await initSqlJs();

class FastHasher extends PBKDF2PasswordHasher {
  override iterations = 10;
}

class Member extends auth.AbstractUser {
  static fields = { ...auth.AbstractUser.abstract_fields(), bio: models.TextField({ blank: true, default: "" }) };
  declare bio: string;
}

function load() {
  const database = new SQL.Database();
  setup({
    modules: {
      settings: { SECRET_KEY: "k", INSTALLED_APPS: ["mvt.contrib.auth", "accounts"], AUTH_USER_MODEL: "accounts.Member", PASSWORD_HASHERS: [FastHasher] },
      urls: { urlpatterns: [] },
      "accounts.models": { Member },
    },
    database,
  });
  const tables = database.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.flat() ?? [];
  return { tables };
}

describe("AUTH_USER_MODEL", () => {
  it("swaps auth.User out: the custom model has the tables, groups and permissions", () => {
    const { tables } = load();
    expect(tables).toContain("accounts_member");
    expect(tables).toContain("accounts_member_groups");
    expect(tables).toContain("accounts_member_user_permissions");
    expect(tables).not.toContain("auth_user");
    expect(get_user_model()).toBe(Member);

    const member = auth.createsuperuser({ username: "root", password: "pw" });
    expect(member).toBeInstanceOf(Member);
    const plain = Member.objects.create({ username: "ann", bio: "hi" }) as Member;
    plain.set_password("pw");
    plain.save();
    const editors = auth.Group.objects.create({ name: "editors" });
    editors.permissions.add(auth.Permission.objects.get({ codename: "change_member" }));
    plain.groups.add(editors);
    const fresh = Member.objects.get({ username: "ann" }) as Member;
    expect([fresh.has_perm("accounts.change_member"), fresh.has_perm("accounts.delete_member")]).toEqual([true, false]);
    expect(auth.authenticate(null, { username: "ann", password: "pw" })?.pk).toBe(plain.pk);
    const user_set = (editors as unknown as { user_set: { all(): Iterable<Member> } }).user_set;
    expect([...user_set.all()].map((m) => m.get_username())).toEqual(["ann"]);
  });
});

/** ModelBackend, as in django.contrib.auth.backends: usernames, passwords and Permission rows. */
import type { Model } from "../../db/models/base";
import type { ManyRelatedManager } from "../../db/models/m2m_manager";
import type { QuerySet } from "../../db/models/query";
import type { HttpRequest } from "../../http/request";
import type { AbstractBaseUser } from "./base_user";
import { type AuthBackend, register_backend } from "./backend_registry";
import { get_user_model } from "./get_user_model";
import { Permission } from "./models";

type PermUser = AbstractBaseUser & { user_permissions: ManyRelatedManager<Permission>; is_active?: boolean; is_superuser?: boolean; _perm_cache?: Set<string>; _user_perm_cache?: Set<string>; _group_perm_cache?: Set<string> };

/** Authenticates against the user model and answers permissions from the Permission tables. */
export class ModelBackend implements AuthBackend {
  /** The user for these credentials, or null; a missing user costs a password hash too (timing). */
  authenticate(_request: HttpRequest | null, credentials: Record<string, unknown>): AbstractBaseUser | null {
    const User = get_user_model();
    const username = credentials["username"] ?? credentials[User.USERNAME_FIELD];
    const password = credentials["password"];
    if (username === undefined || username === null || typeof password !== "string") return null;
    const user = User.objects.filter({ [User.USERNAME_FIELD]: username }).first();
    if (!user) {
      new User().set_password(password);
      return null;
    }
    return user.check_password(password) && this.user_can_authenticate(user) ? user : null;
  }

  /** Rejects inactive users (is_active false). */
  user_can_authenticate(user: AbstractBaseUser): boolean {
    return (user as PermUser).is_active !== false;
  }

  get_user(user_id: unknown): AbstractBaseUser | null {
    const user = get_user_model().objects.filter({ pk: user_id }).first();
    return user && this.user_can_authenticate(user) ? user : null;
  }

  get_user_permissions(user: AbstractBaseUser, obj: Model | null = null): Set<string> {
    return this.permissions(user, obj, "_user_perm_cache", () => (user as PermUser).user_permissions.all());
  }

  get_group_permissions(user: AbstractBaseUser, obj: Model | null = null): Set<string> {
    // Django's query: Permission.objects.filter(group__user=user), through the user model's groups field.
    return this.permissions(user, obj, "_group_perm_cache", () => Permission.objects.filter({ group__user: user }));
  }

  get_all_permissions(user: AbstractBaseUser, obj: Model | null = null): Set<string> {
    const u = user as PermUser;
    if (u.is_active === false || user.is_anonymous || obj !== null) return new Set();
    u._perm_cache ??= new Set([...this.get_user_permissions(user), ...this.get_group_permissions(user)]);
    return u._perm_cache;
  }

  has_perm(user: AbstractBaseUser, perm: string, obj: Model | null = null): boolean {
    return (user as PermUser).is_active !== false && this.get_all_permissions(user, obj).has(perm);
  }

  has_module_perms(user: AbstractBaseUser, app_label: string): boolean {
    return (user as PermUser).is_active !== false && [...this.get_all_permissions(user)].some((perm) => perm.slice(0, perm.indexOf(".")) === app_label);
  }

  /** Django's _get_permissions: "app_label.codename" strings, cached on the user; superusers get all. */
  private permissions(user: AbstractBaseUser, obj: Model | null, cache: "_user_perm_cache" | "_group_perm_cache", query: () => QuerySet<Permission>): Set<string> {
    const u = user as PermUser;
    if (u.is_active === false || user.is_anonymous || obj !== null) return new Set();
    if (!u[cache]) {
      const perms = (u.is_superuser ? Permission.objects.all() : query()).select_related("content_type");
      u[cache] = new Set([...perms].map((p) => `${p.content_type.app_label}.${p.codename}`));
    }
    return u[cache];
  }
}

/** ModelBackend that lets inactive users log in too. */
export class AllowAllUsersModelBackend extends ModelBackend {
  override user_can_authenticate(): boolean {
    return true;
  }
}

register_backend("mvt.contrib.auth.backends.ModelBackend", ModelBackend);
register_backend("mvt.contrib.auth.backends.AllowAllUsersModelBackend", AllowAllUsersModelBackend);

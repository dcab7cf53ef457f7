/**
 * The auth models, as in django.contrib.auth.models: Permission, Group, User, with
 * Django's tables (auth_user, auth_group, auth_permission and the many-to-many tables).
 */
import { Model } from "../../db/models/base";
import { BooleanField, CharField, DateTimeField, type Field } from "../../db/models/fields";
import { ForeignKey } from "../../db/models/fields/related";
import { ManyToManyField } from "../../db/models/fields/many_to_many";
import type { ManyRelatedManager } from "../../db/models/m2m_manager";
import { CASCADE } from "../../db/models/deletion";
import type { Manager } from "../../db/models/manager";
import { ContentType } from "../contenttypes/models";
import { AbstractBaseUser, BaseUserManager } from "./base_user";
import { make_password } from "./hashers";
import { ValueError } from "../../core/exceptions";
import { get_backends } from "./backend_registry";
import { PermissionDenied } from "../../http/exceptions";

/** A permission: "books.add_book" is codename "add_book" on the books.Book content type. */
export class Permission extends Model {
  static fields = {
    name: new CharField({ max_length: 255 }),
    content_type: new ForeignKey(ContentType, { on_delete: CASCADE, related_name: "+" }),
    codename: new CharField({ max_length: 100 }),
  };
  static Meta = { db_table: "auth_permission", unique_together: [["content_type", "codename"]], ordering: ["content_type__app_label", "content_type__model", "codename"] };
  declare name: string;
  declare content_type: ContentType;
  declare codename: string;
  declare static objects: Manager<Permission>;

  override toString(): string {
    return `${this.content_type.toString()} | ${this.name}`;
  }
}

/** A named set of permissions users can belong to. */
export class Group extends Model {
  static fields = {
    name: new CharField({ max_length: 150, unique: true, verbose_name: "name" }),
    permissions: new ManyToManyField(Permission, { blank: true, verbose_name: "permissions" }),
  };
  static Meta = { db_table: "auth_group", verbose_name: "group", verbose_name_plural: "groups" };
  declare name: string;
  /** The group's permissions: `group.permissions.add(perm)`. */
  declare permissions: ManyRelatedManager<Permission>;
  declare static objects: Manager<Group>;

  override toString(): string {
    return this.name;
  }
}

/** The fields of Django's AbstractUser after the password ones. */
function user_fields(): Record<string, Field> {
  return {
    ...AbstractBaseUser.abstract_fields(),
    is_superuser: new BooleanField({ default: false, verbose_name: "superuser status", help_text: "Designates that this user has all permissions without explicitly assigning them." }),
    username: new CharField({ max_length: 150, unique: true, verbose_name: "username", help_text: "Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only." }),
    first_name: new CharField({ max_length: 150, blank: true, default: "", verbose_name: "first name" }),
    last_name: new CharField({ max_length: 150, blank: true, default: "", verbose_name: "last name" }),
    email: new CharField({ max_length: 254, blank: true, default: "", verbose_name: "email address" }),
    is_staff: new BooleanField({ default: false, verbose_name: "staff status", help_text: "Designates whether the user can log into this admin site." }),
    is_active: new BooleanField({ default: true, verbose_name: "active", help_text: "Designates whether this user should be treated as active. Unselect this instead of deleting accounts." }),
    date_joined: new DateTimeField({ default: () => new Date(), verbose_name: "date joined" }),
    ...permissions_fields(),
  };
}

/**
 * Django's PermissionsMixin relations, made fresh for each user model: the through tables
 * are named after it (auth_user_groups, or accounts_member_groups for a custom user).
 */
export function permissions_fields(): Record<string, Field> {
  return {
    groups: new ManyToManyField(Group, { blank: true, related_name: "user_set", related_query_name: "user", verbose_name: "groups", help_text: "The groups this user belongs to. A user will get all permissions granted to each of their groups." }),
    user_permissions: new ManyToManyField(Permission, { blank: true, related_name: "user_set", related_query_name: "user", verbose_name: "user permissions", help_text: "Specific permissions for this user." }),
  };
}

/** Django's UserManager: `User.objects.create_user("ann", "ann@example.com", "pw")`, and create_superuser. */
export class UserManager<T extends AbstractUser = AbstractUser> extends BaseUserManager<T> {
  create_user(username: string, email: string | null = null, password: string | null = null, extra_fields: Record<string, unknown> = {}): T {
    return this._create_user(username, email, password, { is_staff: false, is_superuser: false, ...extra_fields });
  }

  /** As create_user, staff and superuser; ValueError if extra_fields says otherwise. */
  create_superuser(username: string, email: string | null = null, password: string | null = null, extra_fields: Record<string, unknown> = {}): T {
    const fields = { is_staff: true, is_superuser: true, ...extra_fields };
    if (fields.is_staff !== true) throw new ValueError("Superuser must have is_staff=True.");
    if (fields.is_superuser !== true) throw new ValueError("Superuser must have is_superuser=True.");
    return this._create_user(username, email, password, fields);
  }

  private _create_user(username: string, email: string | null, password: string | null, extra_fields: Record<string, unknown>): T {
    if (!username) throw new ValueError("The given username must be set");
    const model = this.model as unknown as (new (kwargs: Record<string, unknown>) => T) & Pick<typeof AbstractBaseUser, "normalize_username">;
    const user = new model({ username: model.normalize_username(username), email: BaseUserManager.normalize_email(email), ...extra_fields });
    user.password = make_password(password);
    user.save();
    return user;
  }
}

/** Django's AbstractUser: username, names, email, staff/active flags and permissions. Subclass it for a custom user model. */
export class AbstractUser extends AbstractBaseUser {
  static override Meta = { abstract: true };
  static override REQUIRED_FIELDS = ["email"];
  /** Subclasses get their own copy, as Django copies managers from abstract bases. */
  static override objects: UserManager = new UserManager();
  declare is_superuser: boolean;
  declare username: string;
  declare first_name: string;
  declare last_name: string;
  declare email: string;
  declare is_staff: boolean;
  declare is_active: boolean;
  declare date_joined: Date;

  /** Fresh fields for a concrete subclass: `static fields = { ...AbstractUser.abstract_fields(), bio: ... }`. */
  static override abstract_fields(): Record<string, Field> {
    return user_fields();
  }

  /** The user's groups: `user.groups.add(editors)`. */
  declare groups: ManyRelatedManager<Group>;
  /** Permissions given to the user directly. */
  declare user_permissions: ManyRelatedManager<Permission>;

  /** "app_label.codename" strings the user has directly, from every backend. */
  get_user_permissions(obj: Model | null = null): Set<string> {
    return collect((backend) => backend.get_user_permissions?.(this, obj));
  }

  /** "app_label.codename" strings the user has through groups. */
  get_group_permissions(obj: Model | null = null): Set<string> {
    return collect((backend) => backend.get_group_permissions?.(this, obj));
  }

  get_all_permissions(obj: Model | null = null): Set<string> {
    return collect((backend) => backend.get_all_permissions?.(this, obj));
  }

  /** True if the user has "app_label.codename"; active superusers have every permission. */
  has_perm(perm: string, obj: Model | null = null): boolean {
    if (this.is_active && this.is_superuser) return true;
    return askBackends((backend) => backend.has_perm?.(this, perm, obj));
  }

  has_perms(perm_list: string[], obj: Model | null = null): boolean {
    return perm_list.every((perm) => this.has_perm(perm, obj));
  }

  /** True if the user has any permission in the app. */
  has_module_perms(app_label: string): boolean {
    if (this.is_active && this.is_superuser) return true;
    return askBackends((backend) => backend.has_module_perms?.(this, app_label));
  }

  get_full_name(): string {
    return `${this.first_name} ${this.last_name}`.trim();
  }

  get_short_name(): string {
    return this.first_name;
  }
}

/** Django's default user (table auth_user); not installed when settings.AUTH_USER_MODEL names another. */
export class User extends AbstractUser {
  static fields = user_fields();
  static override Meta = { db_table: "auth_user", abstract: false, verbose_name: "user", verbose_name_plural: "users" };
  declare static objects: UserManager<User>;
}

/** The union of what each backend reports. */
function collect(ask: (backend: ReturnType<typeof get_backends>[number]) => Set<string> | undefined): Set<string> {
  const all = new Set<string>();
  for (const backend of get_backends()) for (const perm of ask(backend) ?? []) all.add(perm);
  return all;
}

/** True if a backend says yes; a backend raising PermissionDenied ends the search with no. */
function askBackends(ask: (backend: ReturnType<typeof get_backends>[number]) => boolean | undefined): boolean {
  for (const backend of get_backends()) {
    try {
      if (ask(backend)) return true;
    } catch (error) {
      if (error instanceof PermissionDenied) return false;
      throw error;
    }
  }
  return false;
}

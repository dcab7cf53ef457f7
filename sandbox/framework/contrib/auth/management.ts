/**
 * What Django's post_migrate and management commands do for auth: the default
 * add/change/delete/view permissions (plus Meta.permissions) for every model, and
 * createsuperuser as a function the CLI and the UI call.
 */
import type { Apps } from "../../apps/registry";
import { ValidationError } from "../../core/exceptions";
import { ContentType } from "../contenttypes/models";
import type { AbstractBaseUser } from "./base_user";
import { get_user_model } from "./get_user_model";
import { post_migrate } from "../../db/models/signals";
import { Permission } from "./models";

interface PermissionMeta {
  default_permissions?: string[];
  permissions?: [string, string][];
}

/**
 * Creates the missing permissions of the models of `app_label` (every installed model when
 * not given). Django's create_permissions, a post_migrate receiver: see connect_auth_signals().
 */
export function create_permissions(apps: Apps, app_label?: string): void {
  for (const model of apps.get_models()) {
    if (app_label !== undefined && model._meta.app_label !== app_label) continue;
    if (model._meta.auto_created) continue; // automatic through tables get no permissions, as in Django
    const meta = (model.Meta ?? {}) as PermissionMeta;
    const ct = ContentType.get_for_model(model);
    const wanted: [string, string][] = [
      ...(meta.default_permissions ?? ["add", "change", "delete", "view"]).map((action): [string, string] => [`${action}_${model._meta.model_name}`, `Can ${action} ${model._meta.verbose_name}`]),
      ...(meta.permissions ?? []),
    ];
    const existing = new Set(Permission.objects.filter({ content_type: ct }).values_list("codename", { flat: true }));
    const missing = wanted.filter(([codename]) => !existing.has(codename));
    if (missing.length) Permission.objects.bulk_create(missing.map(([codename, name]) => new Permission({ codename, name, content_type: ct })));
  }
}

/** Creates a superuser: `createsuperuser({ username: "admin", email: "a@example.com", password: "..." })`. */
export function createsuperuser(fields: { username: string; email?: string; password: string } & Record<string, unknown>): AbstractBaseUser {
  const User = get_user_model();
  const { password, ...rest } = fields;
  if (!rest.username) throw new ValidationError({ username: ["This field cannot be blank."] });
  if (User.objects.filter({ [User.USERNAME_FIELD]: rest.username }).exists()) {
    throw new ValidationError({ username: ["A user with that username already exists."] });
  }
  const user = new User({ ...rest, is_staff: true, is_superuser: true });
  user.set_password(password);
  user.save();
  return user;
}

/** Connects contrib.auth's post_migrate receiver (Django: AuthConfig.ready()); each project load calls it. */
export function connect_auth_signals(): void {
  post_migrate.connect(({ apps, app_label }) => create_permissions(apps, app_label),
    { dispatch_uid: "mvt.contrib.auth.management.create_permissions" });
}

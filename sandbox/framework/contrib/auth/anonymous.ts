/** AnonymousUser, as in django.contrib.auth.models: request.user when nobody is logged in. */

/** Nobody: not authenticated, no permissions, no id. */
export class AnonymousUser {
  readonly id = null;
  readonly pk = null;
  readonly username = "";
  readonly is_staff = false;
  readonly is_active = false;
  readonly is_superuser = false;
  readonly is_anonymous = true;
  readonly is_authenticated = false;

  get_username(): string {
    return this.username;
  }

  has_perm(_perm: string): boolean {
    return false;
  }

  has_perms(_perm_list: string[]): boolean {
    return _perm_list.length === 0;
  }

  has_module_perms(_app_label: string): boolean {
    return false;
  }

  get_all_permissions(): Set<string> {
    return new Set();
  }

  toString(): string {
    return "AnonymousUser";
  }
}

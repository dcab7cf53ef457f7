/** django.contrib.auth for learners: models, login/logout, decorators, hashers. */
import "./backends";
import "./context_processors";

export { AnonymousUser } from "./anonymous";
export { AbstractBaseUser, BaseUserManager } from "./base_user";
export { AbstractUser, Group, Permission, User, UserManager, permissions_fields } from "./models";
export { ModelBackend, AllowAllUsersModelBackend } from "./backends";
export { authenticate, get_user, login, logout, update_session_auth_hash, SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY } from "./login";
export { get_user_model } from "./get_user_model";
export { login_required, permission_required, user_passes_test, redirect_to_login, REDIRECT_FIELD_NAME } from "./decorators";
export { check_password, make_password, is_password_usable, identify_hasher, get_hasher, PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher } from "./hashers";
export { createsuperuser, create_permissions } from "./management";
export { AuthenticationMiddleware } from "./middleware";
export { user_logged_in, user_logged_out, user_login_failed } from "./signals";
export * as views from "./views";
export * as mixins from "./mixins";
export * as forms from "./forms";
export * as password_validation from "./password_validation";
export { LoginView, LogoutView, PasswordChangeView, PasswordChangeDoneView } from "./views";
export { LoginRequiredMixin, PermissionRequiredMixin, UserPassesTestMixin } from "./mixins";
export { AuthenticationForm, PasswordChangeForm, SetPasswordForm } from "./forms";
export { validate_password, MinimumLengthValidator, CommonPasswordValidator, NumericPasswordValidator, UserAttributeSimilarityValidator } from "./password_validation";

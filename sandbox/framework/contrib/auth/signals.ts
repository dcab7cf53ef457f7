/** user_logged_in, user_logged_out and user_login_failed, as in django.contrib.auth.signals. */
import { Signal } from "../../dispatch";
import type { HttpRequest } from "../../http/request";
import type { AnonymousUser } from "./anonymous";
import type { AbstractBaseUser } from "./base_user";

/** Sent by login(): `{ request, user }`, sender the user's class. */
export const user_logged_in = new Signal<{ request: HttpRequest; user: AbstractBaseUser }>();
/** Sent by logout(): `{ request, user }` (user may be null), sender the user's class. */
export const user_logged_out = new Signal<{ request: HttpRequest; user: AbstractBaseUser | AnonymousUser | null }>();
/** Sent by authenticate() when no backend accepted: `{ credentials, request }`, passwords masked. */
export const user_login_failed = new Signal<{ credentials: Record<string, unknown>; request: HttpRequest | null }>();

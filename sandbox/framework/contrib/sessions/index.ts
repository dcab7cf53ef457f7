/** django.contrib.sessions: the session stores and their middleware. */
export { SessionBase, UpdateError, type SessionData } from "./backends/base";
export { SessionStore } from "./backends/db";
export { SessionStore as SignedCookieSessionStore } from "./backends/signed_cookies";
export { Session } from "./models";
export { SessionMiddleware } from "./middleware";

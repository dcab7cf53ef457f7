/** Middleware for learners: the base class, hooks' types, and the built-ins by class. */
import "./builtins";

export { MiddlewareMixin, type GetResponse, type Middleware, type MiddlewareHooks, type MaybePromise } from "./base";
export { SecurityMiddleware } from "./security";
export { CommonMiddleware } from "./common";
export { CsrfViewMiddleware, get_token, rotate_token } from "./csrf";
export { XFrameOptionsMiddleware } from "./clickjacking";
export { CacheMiddleware, FetchFromCacheMiddleware, UpdateCacheMiddleware } from "./cache";

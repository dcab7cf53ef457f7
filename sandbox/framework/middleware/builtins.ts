/** Registers every built-in middleware under its Django-style dotted name. */
import { AuthenticationMiddleware } from "../contrib/auth/middleware";
import { MessageMiddleware } from "../contrib/messages/middleware";
import { SessionMiddleware } from "../contrib/sessions/middleware";
import { CacheMiddleware, FetchFromCacheMiddleware, UpdateCacheMiddleware } from "./cache";
import { XFrameOptionsMiddleware } from "./clickjacking";
import { CommonMiddleware } from "./common";
import { CsrfViewMiddleware } from "./csrf";
import { register_middleware } from "./registry";
import { SecurityMiddleware } from "./security";

register_middleware("mvt.middleware.security.SecurityMiddleware", SecurityMiddleware);
register_middleware("mvt.contrib.sessions.middleware.SessionMiddleware", SessionMiddleware);
register_middleware("mvt.middleware.common.CommonMiddleware", CommonMiddleware);
register_middleware("mvt.middleware.csrf.CsrfViewMiddleware", CsrfViewMiddleware);
register_middleware("mvt.contrib.auth.middleware.AuthenticationMiddleware", AuthenticationMiddleware);
register_middleware("mvt.contrib.messages.middleware.MessageMiddleware", MessageMiddleware);
register_middleware("mvt.middleware.clickjacking.XFrameOptionsMiddleware", XFrameOptionsMiddleware);
register_middleware("mvt.middleware.cache.UpdateCacheMiddleware", UpdateCacheMiddleware);
register_middleware("mvt.middleware.cache.FetchFromCacheMiddleware", FetchFromCacheMiddleware);
register_middleware("mvt.middleware.cache.CacheMiddleware", CacheMiddleware);

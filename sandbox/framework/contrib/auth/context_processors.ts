/** The auth context processor, registered as "mvt.contrib.auth.context_processors.auth" for settings.TEMPLATES. */
import { registerContextProcessor } from "../../template/context_processors";
import { AnonymousUser } from "./anonymous";

/** `user` and `perms` ({{ perms.books.add_book }}) in every template. */
registerContextProcessor("mvt.contrib.auth.context_processors.auth", (request) => {
  const user = (request as { user?: typeof request.user }).user ?? new AnonymousUser();
  const perms = new Proxy({}, {
    get: (_t, app) => (typeof app !== "string" ? undefined : new Proxy({}, {
      get: (_u, codename) => (typeof codename === "string" ? user.has_perm(`${app}.${codename}`) : undefined),
    })),
  });
  return { user, perms };
});

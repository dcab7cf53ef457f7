/** DatabaseCache: Django's table, the cache API over SQL, and cache_page and the per-site cache middleware with it. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { auth, cache, cache_page, HttpResponse, type HttpRequest } from "../../../../sandbox/framework";
import { createcachetable } from "../../../../sandbox/framework/core/cache";
import { default_connection } from "../../../../sandbox/framework/db/connection";
import { DEFAULT_MIDDLEWARE, makeProject } from "../middleware/project";

afterEach(() => vi.useRealTimers());

const CACHES = { default: { BACKEND: "django.core.cache.backends.db.DatabaseCache", LOCATION: "my_cache_table", OPTIONS: { MAX_ENTRIES: 4 } } };

describe("DatabaseCache", () => {
  it("createcachetable makes Django's table once", () => {
    makeProject({}, { CACHES });
    expect(createcachetable(CACHES)).toEqual(["Cache table 'my_cache_table' created."]);
    expect(createcachetable(CACHES)).toEqual(["Cache table 'my_cache_table' already exists."]);
    const sql = default_connection().execute("SELECT sql FROM sqlite_master WHERE name LIKE 'my_cache_table%' ORDER BY name").rows.map((r) => r[0]);
    expect(sql).toEqual([
      'CREATE TABLE "my_cache_table" ("cache_key" varchar(255) NOT NULL PRIMARY KEY, "value" text NOT NULL, "expires" datetime NOT NULL)',
      'CREATE INDEX "my_cache_table_expires" ON "my_cache_table" ("expires")',
    ]);
  });

  it("stores a model instance as text and gives back an instance of its model, with its pk", () => {
    makeProject({}, { CACHES });
    createcachetable(CACHES);
    const User = auth.get_user_model();
    const ada = User.objects.create({ username: "ada" });
    cache.set("user", [ada, new Date(0)]);
    const [user, when] = cache.get<[InstanceType<typeof User>, Date]>("user")!;
    expect(user).toBeInstanceOf(User);
    expect([user.pk, user.get_username(), user._state.adding]).toEqual([ada.pk, "ada", false]);
    expect(when).toEqual(new Date(0));
  });

  it("gets, sets, adds, touches, expires, counts and culls through SQL", () => {
    makeProject({}, { CACHES });
    createcachetable(CACHES);
    cache.set("greeting", { text: "hi" }, 30);
    expect(cache.get("greeting")).toEqual({ text: "hi" });
    expect(cache.add("greeting", "again")).toBe(false);
    expect(cache.get_or_set("n", 1, null)).toBe(1);
    expect(cache.incr("n", 4)).toBe(5);
    vi.useFakeTimers({ now: Date.now() + 31_000 });
    expect([cache.get("greeting", "gone"), cache.get("n")]).toEqual(["gone", 5]);
    expect(cache.touch("n", 10)).toBe(true);
    expect(cache.delete("n")).toBe(true);
    for (const key of ["a", "b", "c", "d", "e", "f"]) cache.set(key, key);
    const keys = default_connection().execute('SELECT "cache_key" FROM "my_cache_table" ORDER BY "cache_key"').rows.map((r) => r[0]);
    expect(keys.length).toBeLessThanOrEqual(5);
    cache.clear();
    expect(cache.get("f")).toBeUndefined();
  });

  it("says which table is missing before createcachetable", () => {
    makeProject({}, { CACHES });
    expect(() => cache.get("x")).toThrow("no such table: my_cache_table");
  });

  it("serves cache_page and the per-site cache middleware from the table", async () => {
    let calls = 0;
    const p = makeProject({
      "page/": cache_page(60)((_request: HttpRequest) => new HttpResponse(`page ${++calls}`)),
      "site/": (_request: HttpRequest) => new HttpResponse(`site ${++calls}`),
    }, {
      CACHES,
      MIDDLEWARE: ["mvt.middleware.cache.UpdateCacheMiddleware", ...DEFAULT_MIDDLEWARE, "mvt.middleware.cache.FetchFromCacheMiddleware"],
    });
    createcachetable(CACHES);
    await p.request({ method: "GET", path: "/page/" });
    const again = await p.request({ method: "GET", path: "/page/" });
    expect([again.response.content, again.activity.cache.hits > 0]).toEqual(["page 1", true]);
    await p.request({ method: "GET", path: "/site/" });
    expect((await p.request({ method: "GET", path: "/site/" })).response.content).toBe("site 2");
    expect(Number(default_connection().execute('SELECT COUNT(*) FROM "my_cache_table"').rows[0]?.[0])).toBeGreaterThan(0);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { cache_page, FileResponse, HttpResponse, vary_on_headers, type HttpRequest } from "../../../../sandbox/framework";
import { configure } from "../../../../sandbox/framework/conf/settings";
import { LocMemCache } from "../../../../sandbox/framework/core/cache";
import { makeProject } from "../middleware/project";

afterEach(() => vi.useRealTimers());

describe("LocMemCache", () => {
  it("gets, sets, adds and deletes, with timeouts", () => {
    vi.useFakeTimers();
    const cache = new LocMemCache();
    cache.set("a", { n: 1 }, 10);
    expect(cache.get("a")).toEqual({ n: 1 });
    expect(cache.add("a", 2)).toBe(false);
    expect(cache.add("b", 2, null)).toBe(true);
    vi.advanceTimersByTime(11_000);
    expect([cache.get("a", "gone"), cache.get("b")]).toEqual(["gone", 2]);
    cache.set("z", 1, 0);
    expect(cache.has_key("z")).toBe(false);
    expect(cache.touch("b", 1)).toBe(true);
    expect(cache.delete("b")).toBe(true);
    expect(cache.delete("b")).toBe(false);
  });

  it("incr/decr, get_or_set, many-key calls, versions and prefixes", () => {
    const cache = new LocMemCache({ KEY_PREFIX: "site" });
    cache.set("n", 1);
    expect([cache.incr("n"), cache.decr("n", 5)]).toEqual([2, -3]);
    expect(() => cache.incr("missing")).toThrow("Key 'missing' not found");
    expect(cache.get_or_set("x", () => 42)).toBe(42);
    expect(cache.get_or_set("x", 7)).toBe(42);
    cache.set_many({ p: 1, q: 2 });
    expect(cache.get_many(["p", "q", "r"])).toEqual({ p: 1, q: 2 });
    cache.delete_many(["p", "q"]);
    expect(cache.get_many(["p", "q"])).toEqual({});
    cache.set("v", "one", 300, 1);
    expect(cache.get("v", undefined, 2)).toBeUndefined();
    expect(cache.incr_version("v")).toBe(2);
    expect(cache.get("v", undefined, 2)).toBe("one");
    expect(cache.make_key("k")).toBe("site:1:k");
    cache.clear();
    expect(cache.get("x")).toBeUndefined();
  });

  it("culls the least recently used entries past MAX_ENTRIES", () => {
    const cache = new LocMemCache({ OPTIONS: { MAX_ENTRIES: 3, CULL_FREQUENCY: 3 } });
    for (const k of ["a", "b", "c"]) cache.set(k, k);
    cache.get("a");
    cache.set("d", "d");
    expect(["a", "b", "c", "d"].map((k) => cache.has_key(k))).toEqual([true, false, true, true]);
  });
});

describe("cache_page and the request trace", () => {
  it("answers the second request from the cache and counts hits, misses and key warnings", async () => {
    configure({});
    let calls = 0;
    const view = cache_page(60)(vary_on_headers("Accept-Language")((_request: HttpRequest) => new HttpResponse(`render ${++calls}`)));
    const p = makeProject({ "page/": view, "bad/": () => {
      new LocMemCache().set("has space " + "x".repeat(250), 1);
      return new HttpResponse("ok");
    } });
    const first = await p.request({ method: "GET", path: "/page/" });
    expect(first.response.headers["Cache-Control"]).toBe("max-age=60");
    const second = await p.request({ method: "GET", path: "/page/" });
    expect(second.response.content).toBe("render 1");
    expect(second.activity.cache).toEqual({ hits: 2, misses: 0 });
    expect((await p.request({ method: "GET", path: "/page/", headers: { "Accept-Language": "fr" } })).response.content).toBe("render 2");
    const bad = await p.request({ method: "GET", path: "/bad/" });
    expect(bad.activity.log.map((l) => l.message.slice(0, 60))).toEqual([
      "CacheKeyWarning: Cache key will cause errors if used with me",
      "CacheKeyWarning: Cache key contains characters that will cau",
    ]);
  });

  it("does not cache a streaming response (a FileResponse), as Django's UpdateCacheMiddleware", async () => {
    configure({});
    const bytes = Uint8Array.from([1, 2, 3]);
    const p = makeProject({ "file/": cache_page(60)(() => new FileResponse(bytes)) });
    await p.request({ method: "GET", path: "/file/" });
    const second = await p.request({ method: "GET", path: "/file/" });
    expect(second.response).toBeInstanceOf(FileResponse);
    expect((second.response as FileResponse).getvalue()).toEqual(bytes);
  });
});

import { describe, expect, it } from "vitest";
import { ImproperlyConfigured } from "../../../../sandbox/framework/core/exceptions";
import { HttpResponse, type HttpRequest } from "../../../../sandbox/framework/http";
import {
  include,
  NoReverseMatch,
  path,
  re_path,
  register_converter,
  Resolver404,
  RegexPattern,
  URLResolver,
  type UrlconfModule,
} from "../../../../sandbox/framework/urls";
import { reverseWith } from "../../../../sandbox/framework/urls/reverse";

const book_list = (_request: HttpRequest) => new HttpResponse("list");
const book_detail = (_request: HttpRequest, { pk }: { pk: number }) => new HttpResponse(`book ${pk}`);
const archive = () => new HttpResponse("archive");

function root(modules: Record<string, UrlconfModule>, name = "urls"): URLResolver {
  const resolver = new URLResolver(new RegexPattern("^/"), name);
  resolver.bind((n) => modules[n]);
  return resolver;
}

const modules: Record<string, UrlconfModule> = {
  urls: { urlpatterns: [path("books/", include("books.urls")), re_path("^archive/(?P<year>[0-9]{4})/$", archive, { name: "archive" })] },
  "books.urls": {
    app_name: "books",
    urlpatterns: [
      path("", book_list, { name: "list" }),
      path("<int:pk>/", book_detail, { name: "detail" }),
      path("by/<slug:author>/<path:rest>", book_list, { name: "by" }),
    ],
  },
};

describe("resolve", () => {
  const resolver = root(modules);

  it("matches an included pattern and converts int parameters", () => {
    const match = resolver.resolve("/books/42/");
    expect(match.func).toBe(book_detail);
    expect(match.kwargs).toEqual({ pk: 42 });
    expect(match.url_name).toBe("detail");
    expect(match.namespace).toBe("books");
    expect(match.app_names).toEqual(["books"]);
    expect(match.view_name).toBe("books:detail");
    expect(match.route).toBe("books/<int:pk>/");
  });

  it("passes re_path named groups as strings", () => {
    expect(resolver.resolve("/archive/2024/").kwargs).toEqual({ year: "2024" });
  });

  it("throws Resolver404 listing the patterns tried, in order", () => {
    let error: unknown;
    try {
      resolver.resolve("/books/abc/");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Resolver404);
    expect((error as Resolver404).tried).toEqual([
      [{ pattern: "books/" }, { pattern: "", name: "list" }],
      [{ pattern: "books/" }, { pattern: "<int:pk>/", name: "detail" }],
      [{ pattern: "books/" }, { pattern: "by/<slug:author>/<path:rest>", name: "by" }],
      [{ pattern: "^archive/(?P<year>[0-9]{4})/$", name: "archive" }],
    ]);
  });

  it("says which module is missing for include()", () => {
    expect(() => root({ urls: { urlpatterns: [path("x/", include("shop.urls"))] } })).toThrow(/no module 'shop.urls'.*shop\/urls.ts/);
  });

  it("rejects an unknown converter with Django's message", () => {
    expect(() => path("<number:pk>/", book_list)).toThrow(ImproperlyConfigured);
    expect(() => path("<number:pk>/", book_list)).toThrow("URL route '<number:pk>/' uses invalid converter 'number'");
  });

  it("uses registered converters", () => {
    register_converter({ regex: "[0-9]{4}", to_python: (v) => Number(v) * 10, to_url: (v) => String(Number(v) / 10) }, "yyyy_test");
    const r = root({ urls: { urlpatterns: [path("y/<yyyy_test:year>/", archive, { name: "y" })] } });
    expect(r.resolve("/y/2024/").kwargs).toEqual({ year: 20240 });
    expect(reverseWith(r, "y", { args: [20240] })).toBe("/y/2024/");
  });
});

describe("reverse", () => {
  const resolver = root(modules);

  it("builds URLs from names, namespaces and arguments", () => {
    expect(reverseWith(resolver, "books:list")).toBe("/books/");
    expect(reverseWith(resolver, "books:detail", { args: [1] })).toBe("/books/1/");
    expect(reverseWith(resolver, "books:detail", { kwargs: { pk: 7 } })).toBe("/books/7/");
    expect(reverseWith(resolver, "archive", { args: ["1999"] })).toBe("/archive/1999/");
    expect(reverseWith(resolver, archive, { kwargs: { year: "2001" } })).toBe("/archive/2001/");
    // As in Django, a view function is not found through a namespaced include.
    expect(() => reverseWith(resolver, book_detail, { args: [3] })).toThrow(NoReverseMatch);
    expect(reverseWith(resolver, "books:by", { args: ["le-guin", "a b/c"] })).toBe("/books/by/le-guin/a%20b/c");
  });

  it("raises Django's NoReverseMatch messages", () => {
    expect(() => reverseWith(resolver, "books:detail", { args: ["x"] })).toThrow(
      "Reverse for 'detail' with arguments '('x',)' not found. 1 pattern(s) tried: ['books/(?P<pk>[0-9]+)/\\\\Z']",
    );
    expect(() => reverseWith(resolver, "books:detail")).toThrow(NoReverseMatch);
    expect(() => reverseWith(resolver, "books:nope")).toThrow(
      "Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name.",
    );
    expect(() => reverseWith(resolver, "shop:list")).toThrow("'shop' is not a registered namespace");
    expect(() => reverseWith(resolver, "books:x:list")).toThrow("'x' is not a registered namespace inside 'books'");
  });

  it("supports include([patterns, app_name]) with an instance namespace", () => {
    const r = root({ urls: { urlpatterns: [path("shelf/", include([[path("<int:pk>/", book_detail, { name: "detail" })], "books"], { namespace: "shelf" }))] } });
    expect(reverseWith(r, "shelf:detail", { args: [2] })).toBe("/shelf/2/");
    expect(reverseWith(r, "books:detail", { args: [2] })).toBe("/shelf/2/");
  });
});

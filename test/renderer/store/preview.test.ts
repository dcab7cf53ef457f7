/**
 * The preview's navigations: they run one at a time in the order asked, so an older
 * answer never replaces a newer page (a reload started before a click cannot undo the
 * click), a reload reloads where the navigations before it went, and a page that comes
 * back the same (but for its masked CSRF token) keeps the document on screen.
 */
import { describe, expect, it } from "vitest";
import { createStore, type StoreApi } from "zustand";
import type { HostApi } from "../../../app/contract";
import type { SandboxRequest, SandboxResponse } from "../../../sandbox/protocol";
import type { Answered } from "../../../renderer/src/sandbox/client";
import { createSandboxSlice } from "../../../renderer/src/store/sandbox";
import type { AppState, Services } from "../../../renderer/src/store/types";

const TRACE = { queries: [], totalMs: 0, similar: [], duplicates: [], nPlusOne: [], unusedRelations: [], method: "GET", path: "/", status: 200, durationMs: 0 };

/** A store with the sandbox slice; `answer` says what (and when) the sandbox answers. */
function setup(answer: (request: SandboxRequest) => Promise<SandboxResponse>, log: { logger: string; level: "warning" | "error"; message: string }[] = []) {
  const host = { readUiState: async () => ({}), writeUiState: async () => undefined } as unknown as HostApi;
  const asked: string[] = [];
  const sandbox = {
    request: async (request: SandboxRequest): Promise<Answered> => {
      asked.push(`${request.method} ${request.path}`);
      return { response: await answer(request), trace: { ...TRACE, method: request.method, path: request.path, log } } as unknown as Answered;
    },
  };
  const services = { host, sandbox } as unknown as Services;
  const store: StoreApi<AppState> = createStore<AppState>()(
    (set, get, api) =>
      ({
        lesson: null,
        project: { root: "/p" },
        files: {},
        recordRequest: () => undefined,
        ...createSandboxSlice(services)(set, get, api),
      }) as unknown as AppState,
  );
  return { store, asked };
}

const html = (body: string, status = 200, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  reason: "OK",
  headers: { "content-type": "text/html", ...headers },
  body,
});

/** A promise and its resolver, to answer when the test says. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("preview navigations", () => {
  it("shows the latest navigation's page, whatever order the answers would come in", async () => {
    const slow = later<SandboxResponse>();
    const { store, asked } = setup(async (request) => (request.path === "/members/" ? slow.promise : html(`<p>${request.method} ${request.path}</p>`)));
    store.setState({ address: "/members/" });
    const reload = store.getState().reload();
    const logout = store.getState().navigate("POST", "/accounts/logout/", "");
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The click waits for the reload before it is even asked of the sandbox.
    expect(asked).toEqual(["GET /members/"]);
    slow.resolve(html("<p>Welcome back</p>"));
    await Promise.all([reload, logout]);
    expect(asked).toEqual(["GET /members/", "POST /accounts/logout/"]);
    expect(store.getState().page?.response.body).toBe("<p>POST /accounts/logout/</p>");
    expect(store.getState().address).toBe("/accounts/logout/");
    expect(store.getState().history).toEqual(["/members/"]);
  });

  it("reloads the page the navigations before it reached", async () => {
    const { store, asked } = setup(async (request) => html(`<p>${request.path}</p>`));
    const click = store.getState().navigate("GET", "/books/");
    const reload = store.getState().reload();
    await Promise.all([click, reload]);
    expect(asked).toEqual(["GET /books/", "GET /books/"]);
    expect(store.getState().address).toBe("/books/");
  });

  it("keeps the page on screen when it comes back the same but for its CSRF token", async () => {
    let token = 0;
    let title = "Members";
    const form = () => `<h1>${title}</h1><form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="t${++token}"></form>`;
    const { store } = setup(async () => html(form()));
    await store.getState().reload();
    const first = store.getState().page;
    await store.getState().reload();
    expect(store.getState().page).toBe(first);
    title = "Members only";
    await store.getState().reload();
    expect(store.getState().page).not.toBe(first);
    expect(store.getState().page?.response.body).toContain("Members only");
  });

  it("shows the page again when the cookies changed (a new session is a new page)", async () => {
    let calls = 0;
    const { store } = setup(async () => html("<p>same</p>", 200, calls++ === 1 ? { "set-cookie": "sessionid=abc; Path=/" } : {}));
    await store.getState().reload();
    const first = store.getState().page;
    await store.getState().reload();
    expect(store.getState().page).not.toBe(first);
  });

  it("prints what Django's loggers said in the Console", async () => {
    const { store } = setup(async () => html("<p>Forbidden</p>", 403), [{ logger: "django.security.csrf", level: "warning", message: "Forbidden (CSRF cookie not set.): /" }]);
    await store.getState().navigate("POST", "/", "");
    expect(store.getState().console).toEqual([{ level: "warn", text: "[django.security.csrf] Forbidden (CSRF cookie not set.): /" }]);
  });

  it("sends a GET form's fields in the query string, and keeps the page a redirect left for Back", async () => {
    const { store, asked } = setup(async (request) =>
      request.method === "POST" ? html("", 302, { location: "/members/" }) : html(`<p>${request.path}</p>`),
    );
    await store.getState().navigate("GET", "/search/", "q=dune&page=2");
    expect(asked).toEqual(["GET /search/?q=dune&page=2"]);
    await store.getState().navigate("POST", "", "username=ada");
    expect(store.getState().address).toBe("/members/");
    expect(store.getState().history).toEqual(["/", "/search/?q=dune&page=2"]);
    expect(store.getState().page?.redirects).toEqual([{ status: 302, from: "/search/?q=dune&page=2", to: "/members/" }]);
  });
});

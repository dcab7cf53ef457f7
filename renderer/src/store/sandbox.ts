import type { MediaFiles, SandboxRequest, SandboxResponse, SourceLocation } from "../../../sandbox/protocol";
import { resolveAddress, withQuery } from "../lib/address";
import { throttle } from "../lib/timing";
import type { Answered } from "../sandbox/client";
import { inlineImages } from "../sandbox/inlineImages";
import type { EncodedBody } from "../sandbox/multipart";
import { inlineStylesheets, staticAnswer } from "../sandbox/staticFiles";
import { cookieJars } from "./cookieJars";
import { openKey, saveTarget } from "./target";
import { messageOf, type Slice } from "./types";

/** How often, at most, the database is written to disk while pages write to it. */
const DATABASE_SAVE_MS = 1000;
const MAX_REDIRECTS = 10;
const MAX_CONSOLE_LINES = 200;

/** A redirect the preview followed on the way to the page. */
export interface Hop {
  status: number;
  from: string;
  to: string;
}

/** The page the preview shows: the final response after redirects. */
export interface Page {
  path: string;
  response: SandboxResponse;
  /** The redirects followed to get here, in order. */
  redirects: Hop[];
}

export interface ConsoleLine {
  level: "log" | "warn" | "error";
  text: string;
  origin?: SourceLocation;
}

/** The preview: where it is, what it shows, and what went wrong. */
export interface SandboxSlice {
  address: string;
  /** Addresses visited before the current one (for Back). */
  history: string[];
  /** Addresses gone back from (for Forward). */
  forwardStack: string[];
  page: Page | null;
  loading: boolean;
  /** A message for the learner above the preview (stopped request, failed save...). */
  notice: string | null;
  /** Good news for the learner (a command that worked), shown in neutral colours until dismissed. */
  info: string | null;
  console: ConsoleLine[];
  /** Loads the current files into the sandbox, then shows the current address again. */
  runProject(database?: Uint8Array, media?: MediaFiles): Promise<void>;
  /** Follows a link or submits a form; `href` is relative to the current page. */
  navigate(method: string, href: string, body?: string | EncodedBody): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  resetPreview(address: string): void;
  databaseWritten(bytes: Uint8Array): void;
  sandboxTrouble(message: string): void;
  logConsole(line: ConsoleLine): void;
  clearConsole(): void;
  inform(info: string | null): void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const createSandboxSlice: Slice<SandboxSlice> = (services) => (set, get) => {
  // One jar per lesson or project, so a login in one is not a login in another.
  const jars = cookieJars(services.host);
  const saveDatabase = throttle((write: (bytes: Uint8Array) => Promise<void>, bytes: Uint8Array) => {
    write(bytes).catch((error: unknown) => set({ notice: `Your data could not be saved: ${messageOf(error)}` }));
  }, DATABASE_SAVE_MS);

  /** Runs a request, following redirects as a browser does; returns the final path, response and hops. */
  const fetchPage = async (first: SandboxRequest): Promise<Page & Answered> => {
    let request = first;
    const redirects: Hop[] = [];
    const cookies = await jars.jar(openKey(get()));
    for (let hop = 0; ; hop++) {
      const cookie = cookies.header();
      const sent = { ...request, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } };
      const answer = staticAnswer(get().files, sent, get().project?.staticBinaries) ?? (await services.sandbox.request(sent));
      const setCookie = answer.response.headers["set-cookie"];
      if (setCookie) {
        cookies.store(setCookie);
        jars.save().catch((error: unknown) => set({ notice: `The preview's cookies could not be saved: ${messageOf(error)}` }));
      }
      get().recordRequest(sent, answer);
      // What Django's loggers said (a refused CSRF check, say) prints as runserver would print it.
      for (const record of answer.trace.log ?? []) {
        get().logConsole({ level: record.level === "error" ? "error" : "warn", text: `[${record.logger}] ${record.message}` });
      }
      const location = answer.response.headers["location"];
      const next = location ? resolveAddress(request.path, location) : null;
      if (!REDIRECTS.has(answer.response.status) || !next || hop >= MAX_REDIRECTS) {
        const images = await inlineImages(answer.response, request.path, async (path) => {
          const image: SandboxRequest = { method: "GET", path, headers: cookie ? { cookie } : {} };
          return (staticAnswer(get().files, image, get().project?.staticBinaries) ?? (await services.sandbox.request(image))).response;
        });
        const response = inlineStylesheets(images, request.path, get().files);
        return { path: request.path, redirects, ...answer, response };
      }
      redirects.push({ status: answer.response.status, from: request.path, to: next });
      const keepMethod = answer.response.status === 307 || answer.response.status === 308;
      request = keepMethod ? { ...request, path: next } : { method: "GET", path: next };
    }
  };

  /**
   * Navigations run one at a time, in the order they were asked for, each from the page
   * the one before it reached. The sandbox answers in order, but a navigation awaits more
   * than one answer (cookies, redirects, images), so two running at once could finish out
   * of order: an older page (a reload started before a click) would then replace a newer
   * one (the click's answer), and the click would seem lost.
   */
  let navigations: Promise<unknown> = Promise.resolve();

  /** Shows `href` without touching Back/Forward; resolves to whether it was shown. */
  const show = (method: string, href: string, body?: string | EncodedBody, before?: (from: string, to: string) => void): Promise<boolean> => {
    const key = openKey(get());
    const shown = navigations.then(() => (openKey(get()) === key ? showNow(method, href, body, before) : false));
    navigations = shown.catch(() => undefined);
    return shown;
  };

  const showNow = async (method: string, href: string, body: string | EncodedBody | undefined, before?: (from: string, to: string) => void): Promise<boolean> => {
    const upper = method.toUpperCase();
    const from = get().address;
    const target = resolveAddress(from, href || from);
    if (target === null) {
      set({ notice: `${href} is outside the sandbox; the preview only opens the project's own pages.` });
      return false;
    }
    const request: SandboxRequest =
      typeof body === "object"
        ? { method: upper, path: target, headers: { "content-type": body.contentType }, bodyBase64: body.bodyBase64 }
        : upper === "GET"
          ? { method: "GET", path: body === undefined ? target : withQuery(target, body) }
          : { method: upper, path: target, headers: { "content-type": "application/x-www-form-urlencoded" }, body };
    const key = openKey(get());
    set({ loading: true });
    try {
      const jar = await jars.jar(key);
      const cookies = jar.header();
      const fetched = await fetchPage(request);
      if (openKey(get()) !== key) return false;
      const page: Page = { path: fetched.path, response: fetched.response, redirects: fetched.redirects };
      before?.(from, page.path);
      // The same page again (a reload after an edit that did not change it) keeps the
      // document on screen, so a click landing on it is not lost to a needless swap.
      const kept = jar.header() === cookies ? samePage(get().page, page) : null;
      set({
        page: kept ?? page,
        trace: fetched.trace,
        selectedQuery: null,
        address: page.path,
        loading: false,
        notice: null,
      });
      return true;
    } catch (error) {
      if (openKey(get()) === key) set({ notice: messageOf(error), loading: false });
      return false;
    }
  };

  return {
    address: "/",
    history: [],
    forwardStack: [],
    page: null,
    loading: false,
    notice: null,
    info: null,
    console: [],

    async runProject(database, media) {
      const key = openKey(get());
      if (!key) return;
      // A new load is a new attempt: an older notice (a stopped request) no longer applies.
      set({ loading: true, notice: null });
      try {
        const loaded = await services.sandbox.load(get().files, database, media);
        if (openKey(get()) !== key) return;
        set({ diagnostics: loaded.diagnostics });
        if (loaded.ok) await get().reload();
        else set({ loading: false });
      } catch (error) {
        set({ notice: messageOf(error), loading: false });
      }
    },

    async navigate(method, href, body) {
      await show(method, href, body, (from, to) => {
        if (to !== from) set({ history: [...get().history, from], forwardStack: [] });
      });
    },

    // An empty href is the page the navigations before it reach.
    reload: async () => void (await show("GET", "")),

    async back() {
      if (get().history.length === 0) return;
      await show("GET", get().history.at(-1) ?? "", undefined, (from) =>
        set({ history: get().history.slice(0, -1), forwardStack: [...get().forwardStack, from] }),
      );
    },

    async forward() {
      if (get().forwardStack.length === 0) return;
      await show("GET", get().forwardStack.at(-1) ?? "", undefined, (from) =>
        set({ forwardStack: get().forwardStack.slice(0, -1), history: [...get().history, from] }),
      );
    },

    resetPreview(address) {
      saveDatabase.cancel();
      set({ address, history: [], forwardStack: [], page: null, trace: null, notice: null, info: null, console: [], requests: [], selectedRequest: null });
    },

    databaseWritten(bytes) {
      const target = saveTarget(get(), services.host);
      if (target) saveDatabase(target.writeDatabase, bytes);
    },

    sandboxTrouble: (message) => set({ notice: message, loading: false }),

    logConsole: (line) => set({ console: [...get().console, line].slice(-MAX_CONSOLE_LINES) }),

    clearConsole: () => set({ console: [] }),

    inform: (info) => set({ info }),
  };
};

/** A CSRF token masked afresh on every render: not a change of the page. */
const CSRF_INPUT = /(name=["']csrfmiddlewaretoken["']\s+value=["'])[^"']*/g;

/**
 * `shown` when `next` is the same page (same address, status and body but for masked
 * CSRF tokens, which stay valid while the cookies do), else null.
 */
function samePage(shown: Page | null, next: Page): Page | null {
  if (!shown || shown.path !== next.path || shown.response.status !== next.response.status) return null;
  if (shown.redirects.length !== next.redirects.length) return null;
  if (shown.response.bodyBase64 !== next.response.bodyBase64) return null;
  const body = (page: Page) => page.response.body.replace(CSRF_INPUT, "$1");
  return body(shown) === body(next) ? shown : null;
}

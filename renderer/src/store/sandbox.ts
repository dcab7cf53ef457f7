import type { SandboxRequest, SandboxResponse } from "../../../sandbox/protocol";
import { resolveAddress, withQuery } from "../lib/address";
import { CookieJar } from "../lib/cookies";
import { throttle } from "../lib/timing";
import type { Answered } from "../sandbox/client";
import { messageOf, type Slice } from "./types";

/** How often, at most, the database is written to disk while pages write to it. */
const DATABASE_SAVE_MS = 1000;
const MAX_REDIRECTS = 10;
const MAX_CONSOLE_LINES = 200;

/** The page the preview shows: the final response after redirects. */
export interface Page {
  path: string;
  response: SandboxResponse;
}

export interface ConsoleLine {
  level: "log" | "warn" | "error";
  text: string;
}

/** The preview: where it is, what it shows, and what went wrong. */
export interface SandboxSlice {
  address: string;
  /** Addresses visited before the current one (for Back). */
  history: string[];
  page: Page | null;
  loading: boolean;
  /** A message for the learner above the preview (stopped request, failed save...). */
  notice: string | null;
  console: ConsoleLine[];
  /** Loads the current files into the sandbox, then shows the current address again. */
  runProject(database?: Uint8Array): Promise<void>;
  /** Follows a link or submits a form; `href` is relative to the current page. */
  navigate(method: string, href: string, body?: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  resetPreview(address: string): void;
  databaseWritten(bytes: Uint8Array): void;
  sandboxTrouble(message: string): void;
  logConsole(line: ConsoleLine): void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const createSandboxSlice: Slice<SandboxSlice> = (services) => (set, get) => {
  const cookies = new CookieJar();
  const saveDatabase = throttle((packId: string, lessonId: string, bytes: Uint8Array) => {
    services.host.writeLessonDatabase(packId, lessonId, bytes).catch((error: unknown) => {
      set({ notice: `Your data could not be saved: ${messageOf(error)}` });
    });
  }, DATABASE_SAVE_MS);

  /** Runs a request, following redirects as a browser does; returns the final path and response. */
  const fetchPage = async (first: SandboxRequest): Promise<Page & Answered> => {
    let request = first;
    for (let hop = 0; ; hop++) {
      const cookie = cookies.header();
      const answer = await services.sandbox.request({ ...request, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } });
      cookies.store(answer.response.headers["set-cookie"]);
      const location = answer.response.headers["location"];
      const next = location ? resolveAddress(request.path, location) : null;
      if (!REDIRECTS.has(answer.response.status) || !next || hop >= MAX_REDIRECTS) {
        return { path: request.path, ...answer };
      }
      const keepMethod = answer.response.status === 307 || answer.response.status === 308;
      request = keepMethod ? { ...request, path: next } : { method: "GET", path: next };
    }
  };

  return {
    address: "/",
    history: [],
    page: null,
    loading: false,
    notice: null,
    console: [],

    async runProject(database) {
      const lesson = get().lesson;
      if (!lesson) return;
      // A new load is a new attempt: an older notice (a stopped request) no longer applies.
      set({ loading: true, notice: null });
      try {
        const loaded = await services.sandbox.load(get().files, database);
        if (get().lesson !== lesson) return;
        set({ diagnostics: loaded.diagnostics });
        if (loaded.ok) await get().reload();
        else set({ loading: false });
      } catch (error) {
        set({ notice: messageOf(error), loading: false });
      }
    },

    async navigate(method, href, body) {
      const upper = method.toUpperCase();
      const target = resolveAddress(get().address, href || get().address);
      if (target === null) {
        set({ notice: `${href} is outside the sandbox; the preview only opens the project's own pages.` });
        return;
      }
      const request: SandboxRequest =
        upper === "GET"
          ? { method: "GET", path: body === undefined ? target : withQuery(target, body) }
          : { method: upper, path: target, headers: { "content-type": "application/x-www-form-urlencoded" }, body };
      const lesson = get().lesson;
      const from = get().address;
      set({ loading: true });
      try {
        const page = await fetchPage(request);
        if (get().lesson !== lesson) return;
        const history = page.path === from ? get().history : [...get().history, from];
        set({
          page: { path: page.path, response: page.response },
          trace: page.trace,
          selectedQuery: null,
          address: page.path,
          history,
          loading: false,
          notice: null,
        });
      } catch (error) {
        set({ notice: messageOf(error), loading: false });
      }
    },

    reload: async () => {
      const history = get().history;
      await get().navigate("GET", get().address);
      set({ history });
    },

    async back() {
      const history = get().history;
      const previous = history.at(-1);
      if (previous === undefined) return;
      await get().navigate("GET", previous);
      set({ history: history.slice(0, -1) });
    },

    resetPreview(address) {
      cookies.clear();
      saveDatabase.cancel();
      set({ address, history: [], page: null, trace: null, notice: null, console: [] });
    },

    databaseWritten(bytes) {
      const lesson = get().lesson;
      if (lesson) saveDatabase(lesson.packId, lesson.id, bytes);
    },

    sandboxTrouble: (message) => set({ notice: message, loading: false }),

    logConsole: (line) => set({ console: [...get().console, line].slice(-MAX_CONSOLE_LINES) }),
  };
};

/**
 * Shared e2e plumbing: the built web server on a free port with its own home folder,
 * and headless Chromium with the flags this machine needs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

export const SHOTS = join("test-results", "screenshots");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts `node dist/app/web.cjs` on a free port with `home` as MVT_LAB_HOME; resolves to its URL. */
export function startServer(home: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ["dist/app/web.cjs", "--port", "0", "--no-open"], {
    env: { ...process.env, MVT_LAB_HOME: home },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output)?.[0];
      if (url) resolve({ server, url });
    };
    server.stdout?.on("data", onData);
    server.stderr?.on("data", onData);
    server.once("exit", (code) => reject(new Error(`The web server exited (${code}) before printing its URL:\n${output}`)));
  });
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A page that collects console errors and uncaught exceptions into `errors`. */
export async function openPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`Uncaught: ${error.message}`));
  return page;
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Replaces the first `find` in the open file with `text`, typed as a person would. */
export async function replaceInEditor(page: Page, find: string, text: string): Promise<void> {
  await page.getByTestId("code-editor").locator(".view-lines").click();
  await page.keyboard.press("Control+F");
  await page.keyboard.type(find);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Backspace"); // typing "[" over a selection would wrap it
  if (text) await page.keyboard.type(text);
}

/** Stops the web server and waits for it to exit. */
export function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill();
  });
}

/**
 * Restarts MVT Lab as a person would: the page leaves the app first (so no call of the
 * old page reaches a stopped server), then the server stops and starts on the same home.
 */
export async function restartServer(page: Page, server: ChildProcess, home: string): Promise<{ server: ChildProcess; url: string }> {
  await page.goto("about:blank");
  await stopServer(server);
  return startServer(home);
}

/** What one e2e file runs against: a fresh home folder, the built web server, Chromium and a page. */
export interface AppSession {
  home: string;
  server: ChildProcess;
  url: string;
  browser: Browser;
  page: Page;
}

/**
 * Starts an app for one test file; the page records console errors into `consoleErrors`.
 * `prepare` may put files in the home folder before the server starts.
 */
export async function openApp(name: string, consoleErrors: string[], prepare?: (home: string) => void): Promise<AppSession> {
  const home = mkdtempSync(join(tmpdir(), `mvt-lab-e2e-${name}-`));
  const started: Partial<AppSession> = { home };
  try {
    prepare?.(home);
    Object.assign(started, await startServer(home));
    started.browser = await launchChromium();
    return { ...(started as Omit<AppSession, "page">), page: await openPage(started.browser, consoleErrors) };
  } catch (error) {
    // The caller never gets a handle to close: close here what did start (a server left
    // running when Chromium cannot launch would outlive the test run).
    await closeApp(started);
    throw error;
  }
}

/** Closes what openApp started (whatever of it did start) and removes the home folder. */
export async function closeApp(app: Partial<AppSession>): Promise<void> {
  await app.browser?.close();
  if (app.server) await stopServer(app.server);
  if (app.home) rmSync(app.home, { recursive: true, force: true });
}

/** The app one e2e file runs against, live from its beforeAll to its afterAll. */
export interface LiveApp extends AppSession {
  /** Console errors and uncaught exceptions of the page so far. */
  readonly consoleErrors: string[];
  /** The preview's page. */
  frame(): FrameLocator;
  /** The preview page's text. */
  frameText(): Promise<string | null>;
  /**
   * Resolves once the preview has no request running and its frame has finished loading
   * the document it was last given. A click in the frame waits for this after anything
   * that reloads the page: text polled for may already be in the old document, and a
   * click while the frame swaps documents (or a line above it appears or goes) is lost.
   */
  settled(): Promise<void>;
  /**
   * Clicks `target` in the preview (once it has settled) and waits until the frame's text
   * contains `expected`. If nothing came of the click in 10 s, the preview's state is
   * printed and the element is clicked once more from the page's side (a DOM click, which
   * no moving layout can misplace): a lost click shows in the log, and a second failure
   * still fails the test.
   */
  clickInPreview(target: Locator, expected: string): Promise<void>;
  /** Restarts the server on the same home (see restartServer); `url` is then the new one. */
  restart(): Promise<void>;
}

/**
 * Declares the app for the calling describe block: a fresh home, the server and a page
 * start in beforeAll and stop in afterAll. Read its fields inside tests (they throw before).
 */
export function useApp(name: string, options: { prepare?: (home: string) => void } = {}): LiveApp {
  let session: AppSession | undefined;
  const consoleErrors: string[] = [];
  const live = (): AppSession => {
    if (!session) throw new Error(`The app "${name}" is not started: read it inside a test.`);
    return session;
  };
  beforeAll(async () => {
    session = await openApp(name, consoleErrors, options.prepare);
  });
  afterAll(async () => {
    if (session) await closeApp(session);
  });
  const frame = () => live().page.frameLocator('[data-testid="preview-frame"]');
  const settled = async () => {
    const page = live().page;
    const loaded = () => page.getByTestId("preview-frame").evaluate((node: HTMLElement) => node.dataset.document === node.dataset.loadedDocument);
    await expect.poll(async () => (await page.getByTestId("preview-running").count()) === 0 && (await loaded()), { timeout: 30_000 }).toBe(true);
  };
  return {
    consoleErrors,
    get home() {
      return live().home;
    },
    get server() {
      return live().server;
    },
    get url() {
      return live().url;
    },
    get browser() {
      return live().browser;
    },
    get page() {
      return live().page;
    },
    frame,
    frameText: () => frame().locator("body").textContent(),
    settled,
    async clickInPreview(target, expected) {
      const page = live().page;
      const arrived = async () => ((await frame().locator("body").textContent()) ?? "").includes(expected);
      for (let attempt = 1; ; attempt++) {
        await settled();
        if (attempt === 1) await target.click();
        else await target.dispatchEvent("click");
        try {
          await expect.poll(arrived, { timeout: attempt === 1 ? 10_000 : 30_000 }).toBe(true);
          return;
        } catch (error) {
          if (attempt > 1) throw error;
          const state = await page.getByTestId("preview-frame").evaluate((node: HTMLIFrameElement) =>
            JSON.stringify({ ...node.dataset, title: node.title, frames: document.querySelectorAll("iframe").length }));
          const address = await page.getByTestId("address").inputValue();
          console.warn(`clickInPreview: "${expected}" not shown 10 s after the click (address ${address}, running ${await page.getByTestId("preview-running").count()}, frame ${state}); clicking it from the page's side.`);
        }
      }
    },
    async restart() {
      const app = live();
      const { server, url } = await restartServer(app.page, app.server, app.home);
      session = { ...app, server, url };
    },
  };
}

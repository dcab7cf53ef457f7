import { beforeAll, describe, expect, it, vi } from "vitest";
import { type HostApi, hostMethods } from "../../../app/contract";
import { hostChannel, type IpcReply } from "../../../app/ipc";

type Handler = (event: unknown, ...args: unknown[]) => Promise<IpcReply>;
const handlers = new Map<string, Handler>();

vi.mock("electron", () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

const calls: unknown[][] = [];
const host = Object.fromEntries(
  hostMethods.map((method) => [method, async (...args: unknown[]) => (calls.push([method, ...args]), `${method} done`)]),
) as unknown as HostApi;

/** An IPC event from a frame at `url`; `top` says whether it is the page's main frame. */
function eventFrom(url: string, top = true) {
  const mainFrame = { url };
  return { sender: { mainFrame }, senderFrame: top ? mainFrame : { url } };
}

beforeAll(async () => {
  const { setupHostIpc } = await import("../../../app/main/ipc");
  setupHostIpc(host);
});

describe("setupHostIpc", () => {
  it("registers one channel per HostApi method and nothing else", () => {
    expect([...handlers.keys()].sort()).toEqual(hostMethods.map(hostChannel).sort());
  });

  it("forwards a valid call from the app's page to the host", async () => {
    const reply = await handlers.get(hostChannel("openLesson"))?.(eventFrom("app://mvt-lab/index.html"), "django-basics", "n-plus-one");
    expect(reply).toEqual({ ok: true, value: "openLesson done" });
    expect(calls.at(-1)).toEqual(["openLesson", "django-basics", "n-plus-one"]);
  });

  it("refuses calls from other origins and from subframes", async () => {
    const before = calls.length;
    const foreign = await handlers.get(hostChannel("info"))?.(eventFrom("https://evil.example/"));
    const subframe = await handlers.get(hostChannel("info"))?.(eventFrom("app://mvt-lab/index.html", false));
    expect(foreign).toEqual({ ok: false, error: expect.stringContaining("Refused a host call from https://evil.example/") });
    expect(subframe).toMatchObject({ ok: false });
    expect(calls.length).toBe(before);
  });

  it("validates arguments with the contract's schemas, naming the argument", async () => {
    const reply = await handlers.get(hostChannel("writeLessonFile"))?.(eventFrom("app://mvt-lab/index.html"), "p", "l", 7, "x");
    expect(reply).toEqual({ ok: false, error: "writeLessonFile: argument 3 (path) must be a string." });
  });
});

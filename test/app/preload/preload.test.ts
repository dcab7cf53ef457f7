import { beforeAll, describe, expect, it, vi } from "vitest";
import { type HostApi, hostMethods } from "../../../app/contract";
import { hostChannel } from "../../../app/ipc";

const exposed = new Map<string, unknown>();
const invoke = vi.fn();

vi.mock("electron", () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), send: vi.fn(), on: vi.fn() },
}));

let mvtHost: HostApi;
beforeAll(async () => {
  await import("../../../app/preload/preload");
  mvtHost = exposed.get("mvtHost") as HostApi;
});

describe("preload", () => {
  it("exposes exactly the HostApi methods as window.mvtHost, and the menu bridge", () => {
    expect([...exposed.keys()]).toEqual(["mvtHost", "mvtMenu"]);
    expect(Object.keys(mvtHost).sort()).toEqual([...hostMethods].sort());
  });

  it("forwards a call over the method's channel and returns the value", async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: { mode: "desktop" } });
    expect(await mvtHost.info()).toEqual({ mode: "desktop" });
    expect(invoke).toHaveBeenLastCalledWith(hostChannel("info"));
  });

  it("rethrows the host's error message unchanged", async () => {
    invoke.mockResolvedValueOnce({ ok: false, error: '"settings.ts" is read-only in this lesson' });
    await expect(mvtHost.writeLessonFile("p", "l", "settings.ts", "x")).rejects.toThrow(/^"settings.ts" is read-only in this lesson$/);
  });
});

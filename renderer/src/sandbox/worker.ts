import { SandboxClient, type SandboxListener } from "./client";

/** Starts the sandbox: the runtime's Web Worker behind a watched client. */
export function startSandbox(listener: SandboxListener): SandboxClient {
  return new SandboxClient(
    () => new Worker(new URL("../../../sandbox/runtime/worker.ts", import.meta.url), { type: "module" }),
    listener,
  );
}

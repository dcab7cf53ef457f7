import { decodeWire, encodeWire, hostMethods, TOKEN_HEADER, type HostApi, type HostMethod } from "../../../app/contract";

/**
 * HostApi over HTTP (web mode): POST /api/<method> with the wire-encoded argument list,
 * authorised by the per-launch token the server put in index.html.
 */
export function createHttpBridge(baseUrl: string, token: string): HostApi {
  const call = async (method: HostMethod, args: unknown[]): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(new URL(`api/${method}`, baseUrl), {
        method: "POST",
        headers: { "content-type": "application/json", [TOKEN_HEADER]: token },
        body: encodeWire(args),
      });
    } catch (error) {
      throw new Error(`Cannot reach the MVT Lab server (${method}): ${String(error)}. Is it still running?`);
    }
    const text = await response.text();
    const body = text ? decodeWire(text) : null;
    if (!response.ok) {
      // The server's message is whole: what was wrong and what to do (a failure it did not
      // expect already names the method), so it is shown as it came.
      throw new Error(isErrorBody(body) ? body.error : `${method} failed: HTTP ${response.status}`);
    }
    return body ?? undefined;
  };
  const api: Partial<Record<HostMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of hostMethods) api[method] = (...args) => call(method, args);
  return api as HostApi;
}

function isErrorBody(body: unknown): body is { error: string } {
  return typeof body === "object" && body !== null && typeof (body as { error?: unknown }).error === "string";
}

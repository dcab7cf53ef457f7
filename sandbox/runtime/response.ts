/**
 * An HttpResponse as plain data (SandboxResponse): the worker posts it to the preview, and
 * an exported project's Node server writes it to the socket. Shared by both.
 */
import { FileResponse, type HttpResponse } from "../framework";
import { base64 } from "../framework/core/crypto";
import type { SandboxResponse } from "../protocol";

export function toSandboxResponse(response: HttpResponse): SandboxResponse {
  return {
    status: response.status_code,
    reason: response.reason_phrase,
    headers: lowerCaseNames(response.headerObject()),
    body: response.content,
    ...(response instanceof FileResponse ? { bodyBase64: base64(response.bytes) } : {}),
  };
}

/** Header names in lower case, as the protocol promises (HTTP names are case-insensitive). */
function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

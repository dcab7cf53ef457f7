/**
 * HostApi over HTTP: POST /api/<method>, body = wire-encoded argument list, header
 * x-mvt-token = the per-launch token. Replies with the wire-encoded result, or
 * {"error": "..."} and 400 (bad arguments), 403 (bad token), 404 (unknown method),
 * 405 (not POST), 413 (body too large) or 500.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { decodeWire, encodeWire, type HostApi, TOKEN_HEADER } from "../contract";
import { isHostMethod, parseHostArgs } from "../host/args";
import { HostInputError } from "../host/errors";

/** A database is the largest thing a call carries; this is far above any lesson's. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface ApiReply {
  status: number;
  body: string;
}

/** Answers one API request; `method` is the path after /api/. */
export async function handleApiCall(host: HostApi, token: string, method: string, request: IncomingMessage): Promise<ApiReply> {
  if (request.method !== "POST") return failure(405, `Call ${method} with POST, not ${request.method}.`);
  if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
    return failure(403, `Missing or wrong ${TOKEN_HEADER} header: use the token from the page's <meta name="mvt-token">.`);
  }
  if (!isHostMethod(method)) return failure(404, `There is no host method "${method}".`);
  const text = await readBody(request);
  if (text === undefined) return failure(413, `The request body is over ${MAX_BODY_BYTES} bytes.`);
  let args: unknown;
  try {
    args = decodeWire(text);
  } catch (error) {
    return failure(400, `${method}: the body is not valid JSON (${(error as Error).message}); send the arguments as a JSON array.`);
  }
  try {
    const call = host[method] as (...values: unknown[]) => Promise<unknown>;
    const result = await call(...parseHostArgs(method, args));
    return { status: 200, body: encodeWire(result) };
  } catch (error) {
    if (error instanceof HostInputError) return failure(400, error.message);
    process.stderr.write(`MVT Lab: ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return failure(500, `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(status: number, error: string): ApiReply {
  return { status, body: JSON.stringify({ error }) };
}

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== "string") return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as text, or undefined once it passes MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

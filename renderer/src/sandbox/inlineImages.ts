import type { SandboxResponse } from "../../../sandbox/protocol";
import { resolveAddress } from "../lib/address";

const IMG_SRC = /(<img\b[^>]*?\ssrc\s*=\s*)(["'])(.*?)\2/gi;

/**
 * The preview's page lives in an opaque-origin iframe that can fetch nothing, so its
 * images (an upload served from MEDIA_URL) are asked of the sandbox here and put inline
 * as data: URLs. Images the sandbox cannot answer keep their src (and show as broken).
 */
export async function inlineImages(
  response: SandboxResponse,
  path: string,
  fetch: (path: string) => Promise<SandboxResponse>,
): Promise<SandboxResponse> {
  if (!(response.headers["content-type"] ?? "").includes("html")) return response;
  const found = new Map<string, string>();
  for (const [, , , src = ""] of response.body.matchAll(IMG_SRC)) {
    if (found.has(src) || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue;
    const target = resolveAddress(path, src.replace(/&amp;/g, "&"));
    if (target === null) continue;
    const image = await fetch(target);
    const type = image.headers["content-type"] ?? "";
    if (image.status === 200 && image.bodyBase64 !== undefined && type.startsWith("image/")) found.set(src, `data:${type};base64,${image.bodyBase64}`);
  }
  if (!found.size) return response;
  const body = response.body.replace(IMG_SRC, (all, before: string, quote: string, src: string) => {
    const inline = found.get(src);
    return inline ? `${before}${quote}${inline}${quote}` : all;
  });
  return { ...response, body };
}

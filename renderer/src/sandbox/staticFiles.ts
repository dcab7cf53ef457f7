import type { MediaFiles, ProjectFiles, SandboxRequest, SandboxResponse } from "../../../sandbox/protocol";
import { resolveAddress } from "../lib/address";
import type { Answered } from "./client";

/**
 * Static files in the preview, as Django's runserver serves them in development: a path
 * under STATIC_URL is answered from the project's `static/` folder, then from each app's
 * `<app>/static/`, before the URL conf sees it. The page itself lives in an iframe that
 * can fetch nothing, so its stylesheets are put inline.
 */

const TYPES: Record<string, string> = {
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  svg: "image/svg+xml",
  txt: "text/plain",
  html: "text/html",
  map: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/vnd.microsoft.icon",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
};

/** Base64 of `bytes`, in chunks (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** settings.ts's STATIC_URL when it is written as a plain string, else Django's usual "/static/". */
export function staticUrl(files: ProjectFiles): string {
  const found = /\bSTATIC_URL\s*=\s*["'`]([^"'`]+)["'`]/.exec(files["settings.ts"] ?? "")?.[1];
  if (!found) return "/static/";
  const absolute = found.startsWith("/") ? found : `/${found}`;
  return absolute.endsWith("/") ? absolute : `${absolute}/`;
}

/**
 * The project file a static path names, or null: `static/<rest>` first, then
 * `<app>/static/<rest>`; looked up among the text `files`, or among `among` (the binaries).
 */
export function findStatic(files: ProjectFiles, path: string, among: ProjectFiles | MediaFiles = files): string | null {
  const prefix = staticUrl(files);
  const bare = path.split(/[?#]/)[0] ?? "";
  if (!bare.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(bare.slice(prefix.length));
  } catch {
    return null;
  }
  if (!rest || rest.split("/").some((part) => part === ".." || part === "." || part === "")) return null;
  if (`static/${rest}` in among) return `static/${rest}`;
  return Object.keys(among).find((file) => file.endsWith(`/static/${rest}`) && file.split("/").length === rest.split("/").length + 2) ?? null;
}

/** The response runserver would give for a static file, or null when `path` is not one. */
export function staticResponse(files: ProjectFiles, method: string, path: string, binaries: MediaFiles = {}): SandboxResponse | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const text = findStatic(files, path);
  const binary = text === null ? findStatic(files, path, binaries) : null;
  const file = text ?? binary;
  if (file === null) return null;
  const extension = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  const type = TYPES[extension] ?? "application/octet-stream";
  const headers = { "content-type": type.startsWith("text/") ? `${type}; charset=utf-8` : type };
  const bytes = binary === null ? undefined : binaries[binary];
  if (bytes) return { status: 200, reason: "OK", headers, body: "", bodyBase64: toBase64(bytes) };
  return { status: 200, reason: "OK", headers, body: files[file] ?? "" };
}

/** A static file's answer as the sandbox would give it, with an empty trace (no view ran, no query). */
export function staticAnswer(files: ProjectFiles, request: SandboxRequest, binaries: MediaFiles = {}): Answered | null {
  const response = staticResponse(files, request.method, request.path, binaries);
  if (!response) return null;
  const trace = { queries: [], totalMs: 0, similar: [], duplicates: [], nPlusOne: [], method: request.method, path: request.path, status: 200, durationMs: 0 };
  return { response, trace };
}

const STYLESHEET = /<link\b[^>]*>/gi;

/** The page with each `<link rel="stylesheet">` to a static file replaced by a `<style>` holding it. */
export function inlineStylesheets(response: SandboxResponse, path: string, files: ProjectFiles): SandboxResponse {
  if (!(response.headers["content-type"] ?? "").includes("html") || response.bodyBase64 !== undefined) return response;
  let changed = false;
  const body = response.body.replace(STYLESHEET, (tag) => {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) return tag;
    const href = /\bhref\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2];
    const target = href === undefined ? null : resolveAddress(path, href.replace(/&amp;/g, "&"));
    const file = target === null ? null : findStatic(files, target);
    if (file === null) return tag;
    changed = true;
    // "</style" inside the file would end the element early.
    return `<style data-href="${(href ?? "").replace(/"/g, "&quot;")}">${(files[file] ?? "").replace(/<\/style/gi, "<\\/style")}</style>`;
  });
  return changed ? { ...response, body } : response;
}

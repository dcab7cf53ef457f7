/**
 * Serving uploaded files while developing, as Django's conf/urls/static.py and
 * views/static.py: `urlpatterns = [...urlpatterns, ...static(settings.MEDIA_URL)]`.
 */
import { default_storage, type FileSystemStorage } from "../../core/files/storage";
import { Http404 } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import { FileResponse } from "../../http/response";
import { ImproperlyConfigured } from "../../core/exceptions";
import { re_path } from "../../urls";
import type { UrlEntry } from "../../urls/resolvers";
import { settings } from "../settings";

const TYPES: Record<string, string> = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", svg: "image/svg+xml",
  ico: "image/x-icon", pdf: "application/pdf", txt: "text/plain", csv: "text/csv", json: "application/json",
  html: "text/html", css: "text/css", js: "text/javascript", mp3: "audio/mpeg", mp4: "video/mp4",
};

/** The Content-Type for a file name, as Python's mimetypes.guess_type (octet-stream when unknown). */
export function guess_type(name: string): string {
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  return TYPES[ext] ?? "application/octet-stream";
}

/** The view that answers a stored file: 404 with Django's message when there is none. */
export function serve(_request: HttpRequest, options: { path: string; storage?: FileSystemStorage }): FileResponse {
  const storage = options.storage ?? default_storage;
  const name = decodeURIComponent(options.path);
  if (!name || !storage.exists(name)) throw new Http404(`“${name}” does not exist`);
  return new FileResponse(storage.open(name), { content_type: guess_type(name) });
}

/**
 * URL patterns serving `prefix` from storage while DEBUG is on, as in Django. DEBUG is read
 * per request (urls.ts may run before settings are in place): with it off, 404.
 */
export function static_(prefix: string, options: { storage?: FileSystemStorage } = {}): UrlEntry[] {
  if (!prefix) throw new ImproperlyConfigured("Empty static prefix not permitted");
  if (/^[a-z]+:\/\//i.test(prefix)) return [];
  const escaped = prefix.replace(/^\/+/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [re_path(`^${escaped}(?<path>.*)$`, (request: HttpRequest, kwargs: { path: string }) => {
    if (!settings.DEBUG) throw new Http404("Static files are served only with DEBUG on.");
    return serve(request, { path: kwargs.path, ...options });
  })];
}

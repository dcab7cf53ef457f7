/**
 * Uploads end to end in Node: a ModelForm with an ImageField takes a multipart POST with
 * bytes (as the preview sends it), stores the file under upload_to, reports it as a media
 * change, and serves it back from MEDIA_URL with its Content-Type.
 */
import { describe, expect, it } from "vitest";
import { base64 } from "../../../sandbox/framework/core/crypto";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { loadMedia, takeMediaChanges } from "../../../sandbox/runtime/media";
import { createNodeSandbox } from "../../../sandbox/runtime/node";

const GALLERY: ProjectFiles = {
  "settings.ts": 'export const DEBUG = true;\nexport const INSTALLED_APPS = ["gallery"];\nexport const ROOT_URLCONF = "urls";\nexport const MIDDLEWARE = [];\n',
  "urls.ts": [
    'import { path, settings, static_ } from "mvt";',
    'import * as views from "./gallery/views";',
    'export const urlpatterns = [path("", views.upload), ...static_(settings.MEDIA_URL)];',
  ].join("\n"),
  "gallery/models.ts": [
    'import { models } from "mvt";',
    "export class Photo extends models.Model {",
    '  static fields = { title: models.CharField({ max_length: 50 }), image: models.ImageField({ upload_to: "photos/" }) };',
    "  declare title: string;",
    "  declare image: models.FieldFile;",
    "  declare static objects: models.Manager<Photo>;",
    "}",
  ].join("\n"),
  "gallery/views.ts": [
    'import { forms, HttpResponse, redirect, type HttpRequest } from "mvt";',
    'import { Photo } from "./models";',
    'class PhotoForm extends forms.ModelForm { static Meta = { model: Photo, fields: ["title", "image"] }; }',
    "export function upload(request: HttpRequest) {",
    '  if (request.method === "POST") {',
    "    const form = new PhotoForm({ data: request.POST, files: request.FILES });",
    '    if (form.is_valid()) { form.save(); return redirect("/"); }',
    '    return new HttpResponse(form.errors.as_text(), { status: 400 });',
    "  }",
    '  return new HttpResponse([...Photo.objects.all()].map((p) => `${p.title} ${p.image.url} ${p.image.size}`).join("\\n"));',
    "}",
  ].join("\n"),
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

/** A multipart body as the preview builds it: bytes, then base64. */
function multipart(title: string, filename: string, bytes: Uint8Array): { headers: Record<string, string>; bodyBase64: string } {
  const encoder = new TextEncoder();
  const head = `--B\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n--B\r\nContent-Disposition: form-data; name="image"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`;
  const parts = [encoder.encode(head), bytes, encoder.encode("\r\n--B--\r\n")];
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { body.set(part, at); at += part.length; }
  return { headers: { "content-type": "multipart/form-data; boundary=B" }, bodyBase64: base64(body) };
}

describe("uploads through the sandbox", () => {
  it("saves an uploaded image under upload_to, reports it, and serves it from MEDIA_URL", async () => {
    loadMedia({});
    const sandbox = await createNodeSandbox();
    await sandbox.load(GALLERY);
    await sandbox.run({ command: "manage", name: "migrate", args: [] });
    const posted = await sandbox.request({ method: "POST", path: "/", ...multipart("Café", "my photo.png", PNG) });
    expect(posted.response.status).toBe(302);
    expect(takeMediaChanges()).toEqual([{ path: "photos/my_photo.png", bytes: PNG }]);
    const again = await sandbox.request({ method: "POST", path: "/", ...multipart("Again", "my photo.png", PNG) });
    expect(again.response.status).toBe(302);
    const [clash] = takeMediaChanges();
    expect(clash?.path).toMatch(/^photos\/my_photo_[A-Za-z0-9]{7}\.png$/);
    const list = await sandbox.request({ method: "GET", path: "/" });
    expect(list.response.body.split("\n")).toEqual([`Café /media/photos/my_photo.png ${PNG.length}`, `Again /media/${clash?.path ?? ""} ${PNG.length}`]);
    const image = await sandbox.request({ method: "GET", path: "/media/photos/my_photo.png" });
    expect([image.response.status, image.response.headers["content-type"], image.response.bodyBase64]).toEqual([200, "image/png", base64(PNG)]);
    const missing = await sandbox.request({ method: "GET", path: "/media/photos/nope.png" });
    expect(missing.response.status).toBe(404);
  });

  it("serves the project's media loaded back in, as after a restart", async () => {
    loadMedia({ "photos/old.png": PNG });
    const sandbox = await createNodeSandbox();
    await sandbox.load(GALLERY);
    const image = await sandbox.request({ method: "GET", path: "/media/photos/old.png" });
    expect(image.response.bodyBase64).toBe(base64(PNG));
    expect(takeMediaChanges()).toEqual([]);
  });
});

/**
 * Uploads through the preview: a ModelForm with an ImageField takes a PNG chosen in the
 * page, the list shows it as an image served from MEDIA_URL, the file lands in
 * <project>/media/, and after a server restart the image is still shown. The app's static
 * stylesheet styles the page and opens at its STATIC_URL address. A file over
 * DATA_UPLOAD_MAX_MEMORY_SIZE gets Django's 400. Needs `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { shot, useApp } from "./support/app";

/** A 1x1 red PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

const GALLERY: Record<string, string> = {
  "settings.ts": 'export const DEBUG = true;\nexport const INSTALLED_APPS = ["gallery"];\nexport const ROOT_URLCONF = "urls";\nexport const DATA_UPLOAD_MAX_MEMORY_SIZE = 2000;\n',
  "urls.ts": 'import { path, settings, static_ } from "mvt";\nimport * as views from "./gallery/views";\n\nexport const urlpatterns = [path("", views.photos), ...static_(settings.MEDIA_URL)];\n',
  "gallery/models.ts": [
    'import { models } from "mvt";',
    "",
    "export class Photo extends models.Model {",
    '  static fields = { title: models.CharField({ max_length: 50 }), image: models.ImageField({ upload_to: "photos/" }) };',
    "  declare title: string;",
    "  declare image: models.FieldFile;",
    "  declare static objects: models.Manager<Photo>;",
    "}",
    "",
  ].join("\n"),
  "gallery/views.ts": [
    'import { forms, redirect, render, type HttpRequest } from "mvt";',
    'import { Photo } from "./models";',
    "",
    'class PhotoForm extends forms.ModelForm { static Meta = { model: Photo, fields: ["title", "image"] }; }',
    "",
    "export function photos(request: HttpRequest) {",
    '  const form = request.method === "POST" ? new PhotoForm({ data: request.POST, files: request.FILES }) : new PhotoForm();',
    '  if (request.method === "POST" && form.is_valid()) { form.save(); return redirect("/"); }',
    '  return render(request, "gallery/photos.html", { form, photos: Photo.objects.all() });',
    "}",
    "",
  ].join("\n"),
  "gallery/static/gallery/site.css": "h1 { color: rgb(178, 34, 34); }\n",
  "templates/gallery/photos.html": [
    "{% load static %}",
    '<link rel="stylesheet" href="{% static \'gallery/site.css\' %}">',
    '<h1><img class="logo" alt="logo" src="{% static \'gallery/logo.png\' %}" width="16" height="16"> Photos</h1>',
    '<ul>{% for photo in photos %}<li>{{ photo.title }} <img class="photo" alt="{{ photo.title }}" src="{{ photo.image.url }}" width="40" height="40"> {{ photo.image.name }}</li>{% endfor %}</ul>',
    '<form method="post" enctype="multipart/form-data">{% csrf_token %}{{ form.as_p }}<button>Upload</button></form>',
    "",
  ].join("\n"),
};


/** Writes the gallery project into `root`. */
function writeGallery(root: string): void {
  for (const [path, content] of Object.entries(GALLERY)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  // A binary static file: the editor lists it as not shown, the preview serves it.
  writeFileSync(join(root, "gallery/static/gallery/logo.png"), PNG);
}

describe("uploads through the preview", () => {
  const app = useApp("uploads", { prepare: (home) => writeGallery(join(home, "gallery")) });
  const root = () => join(app.home, "gallery");
  const photoSrc = () => app.frame().locator("img.photo").first().getAttribute("src");

  const open = async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId("open-folder").click();
    await app.page.getByTestId("open-folder-path").fill(root());
    await app.page.getByTestId("open-folder-go").click();
    await app.page.getByTestId("project").waitFor();
    await expect.poll(app.frameText, { timeout: 60_000 }).toContain("Photos");
    await app.settled();
  };

  it("uploads a PNG, shows it from MEDIA_URL, keeps it in media/ across a restart", async () => {
    const { page } = app;
    await open();
    // The app's static stylesheet is served as runserver serves it, and styles the page.
    expect(await app.frame().locator("h1").evaluate((h1) => getComputedStyle(h1).color)).toBe("rgb(178, 34, 34)");
    // {% static %} names the app's PNG; its bytes are put inline, as the frame can fetch nothing.
    expect(await app.frame().locator("img.logo").getAttribute("src")).toBe(`data:image/png;base64,${PNG.toString("base64")}`);
    await app.frame().locator('input[name="title"]').fill("Red dot");
    await app.frame().locator('input[name="image"]').setInputFiles({ name: "red dot.png", mimeType: "image/png", buffer: PNG });
    await app.frame().getByRole("button", { name: "Upload" }).click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("photos/red_dot.png");
    expect(await photoSrc()).toBe(`data:image/png;base64,${PNG.toString("base64")}`);
    expect(await app.frame().locator("img.photo").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await shot(page, "uploads-preview");
    const saved = join(root(), "media", "photos", "red_dot.png");
    await expect.poll(() => existsSync(saved)).toBe(true);
    expect(readFileSync(saved).equals(PNG)).toBe(true);

    await page.getByTestId("address").fill("/media/photos/red_dot.png");
    await page.keyboard.press("Enter");
    await expect.poll(() => app.frame().locator("img").count()).toBe(1);
    await page.getByTestId("address").fill("/static/gallery/site.css");
    await page.keyboard.press("Enter");
    await expect.poll(app.frameText).toContain("h1 { color: rgb(178, 34, 34); }");

    await app.restart();
    await open();
    await expect.poll(photoSrc, { timeout: 30_000 }).toBe(`data:image/png;base64,${PNG.toString("base64")}`);
  });

  it("answers fields over DATA_UPLOAD_MAX_MEMORY_SIZE with Django's 400 and message", async () => {
    const { page } = app;
    // Past the input's maxlength, as a hand-made request would be.
    await app.frame().locator('input[name="title"]').evaluate((input: HTMLInputElement) => void (input.value = "x".repeat(3000)));
    await app.frame().locator('input[name="image"]').setInputFiles({ name: "b.png", mimeType: "image/png", buffer: PNG });
    await app.frame().getByRole("button", { name: "Upload" }).click();
    await expect.poll(app.frameText, { timeout: 30_000 }).toContain("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
    expect(await page.getByTestId("status").textContent()).toBe("400");
    await shot(page, "uploads-too-big");
    expect(app.consoleErrors).toEqual([]);
  });
});

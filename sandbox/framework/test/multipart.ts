/**
 * The test client's form encoding, as Django's test/client.py: a dict of data posts as
 * multipart/form-data (MULTIPART_CONTENT) with Django's boundary, so files can be sent:
 * `this.client.post("/upload/", { title: "Notes", file: new SimpleUploadedFile("a.txt", "hello") })`.
 */
import { utf8 } from "../core/crypto";
import { UploadedFile } from "../core/files/uploadedfile";
import { guess_type } from "../conf/urls/static";

export const BOUNDARY = "BoUnDaRyStRiNg";
export const MULTIPART_CONTENT = `multipart/form-data; boundary=${BOUNDARY}`;

/** A file to post: an UploadedFile (SimpleUploadedFile), or anything with read() as Django's is_file(). */
export type PostFile = UploadedFile | { name?: string; content_type?: string; read(): string | Uint8Array };

/** A form value: text, a number, a boolean (sent as "True"/"False", as Python's str()), a file, or a list of them. */
export type PostValue = string | number | boolean | PostFile;

function is_file(value: unknown): value is PostFile {
  return typeof value === "object" && value !== null && typeof (value as { read?: unknown }).read === "function";
}

/** A value as Python's str() sends it. */
export function form_text(value: string | number | boolean): string {
  return typeof value === "boolean" ? (value ? "True" : "False") : String(value);
}

/** Django's encode_multipart: each value a part, a list one part per item, a file with its filename and Content-Type. */
export function encode_multipart(boundary: string, data: Record<string, PostValue | PostValue[] | null | undefined>): Uint8Array {
  const parts: Uint8Array[] = [];
  const line = (text: string) => parts.push(utf8(`${text}\r\n`));
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) {
      throw new TypeError(`Cannot encode None for key '${key}' as POST data. Did you mean to pass an empty string or omit the value?`);
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      line(`--${boundary}`);
      if (is_file(item)) {
        const filename = (item.name ?? "").split("/").pop() || key;
        const content_type = item.content_type ?? (item.name ? guess_type(item.name) : "application/octet-stream");
        line(`Content-Disposition: form-data; name="${key}"; filename="${filename}"`);
        line(`Content-Type: ${content_type}`);
        line("");
        parts.push(item instanceof UploadedFile ? item.bytes : utf8(item.read()), utf8("\r\n"));
      } else {
        line(`Content-Disposition: form-data; name="${key}"`);
        line("");
        line(form_text(item));
      }
    }
  }
  line(`--${boundary}--`);
  const body = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return body;
}
